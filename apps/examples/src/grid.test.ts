import { expect, it } from 'vitest'
import { main } from './grid.js'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'

it('grid places 10 layered orders in one batch and cleans up', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log })
  expect(lines).toContain('  (batchAdd via ws: ok)')
  expect(lines.find((line) => line.startsWith('grid placed around'))).toMatch(/: 10 orders$/)
  const prices = lines.filter((line) => /^ {2}(buy|sell) /.test(line)).map((line) => Number(line.split(' ').at(-1)))
  expect(prices).toHaveLength(10)
  expect(lines).toContain('open orders now: 10')
  expect(lines.at(-1)).toBe('demo cleanup, cancelled: 10')
})
