import { expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { main } from './spotRestTour.js'

it('spotRestTour walks Market, User, Trade and Funding', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log })
  expect(lines).toContain('system status: online')
  expect(lines).toContain('ohlc(5): 720 candles')
  expect(lines).toContain('balance ZUSD: 100000.0000')
  expect(lines.find((line) => line.startsWith('validate-only order:'))).toMatch(/buy 0\.0010+ XBTUSD @ limit 20000/)
  expect(lines).toContain('cancelled: 1')
  expect(lines.at(-1)).toBe('spot REST tour done')
})
