import { expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { main } from './spreadQuoting.js'

it('spreadQuoting quotes inside a wide spread, amends, and cancels', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, ticks: 2, targetBps: 0.001 })
  expect(lines.filter((line) => line.includes('— quoting'))).toHaveLength(2)
  expect(lines.filter((line) => line === '  (placeOrder via ws: ok)')).toHaveLength(2)
  expect(lines.filter((line) => line === '  (editOrder via ws: ok)')).toHaveLength(2)
  expect(lines).toContain('quotes cancelled: 2')
})

it('spreadQuoting stays out when the spread is tighter than the target', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, ticks: 1, targetBps: 5 })
  expect(lines[0]).toMatch(/^spread tight \(\d+\.\d+ bps\) — staying out$/)
  expect(lines.at(-1)).toBe('spread quoting done')
})
