import { expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { main } from './orderbook.js'

it('orderbook prints only checksum-valid books, top 5 levels, best bid below best ask', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, updates: 3 })
  expect(lines.at(-1)).toMatch(/^valid updates: 3, resyncs: \d+$/)
  const header = lines.findIndex((line) => line.startsWith('BTC/USD update 1 (checksum '))
  expect(header).toBeGreaterThanOrEqual(0)
  const [bidQty, bid, , ask] = (lines[header + 2] ?? '').trim().split(/\s+/)
  expect(Number(bidQty)).toBeGreaterThan(0)
  expect(Number(bid)).toBeLessThan(Number(ask))
})
