import { expect, it } from 'vitest'
import { main } from './futuresRestTour.js'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'

it('futuresRestTour walks Market, User, Trade and Funding', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log })
  expect(lines).toContain('order placed: placed')
  expect(lines).toContain('cancel: cancelled')
  expect(lines).toContain('batch statuses: 3')
  expect(lines.find((line) => line.startsWith('PF_XBTUSD book:'))).toMatch(/best bid \d+/)
  expect(lines.at(-1)).toBe('futures REST tour done')
})
