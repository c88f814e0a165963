import { inspect } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { createTrader } from './createTrader.js'
import { _startTraderSim } from './internal/_startTraderSim.js'
import type { OrderEvent } from './types.js'

const KEY = 'trader-leak-key-0123456789'
// base64 of "a secret that must never be printed anywhere at all"
const SECRET = Buffer.from('a secret that must never be printed anywhere at all').toString('base64')

const { sim, trader: unused } = await _startTraderSim({ ws: false })
await unused.close()
afterAll(() => sim.close())

describe('credentials never leak', () => {
  it('not in JSON, inspect, toString, errors or events — on both paths', async () => {
    // An unknown key: every private call fails, over WS (token fetch) and REST alike.
    const trader = createTrader({
      key: KEY,
      secret: SECRET,
      baseUrl: sim.url,
      wsUrl: sim.wsUrl,
      authWsUrl: sim.authWsUrl,
      rateLimit: false,
    })
    const seen: unknown[] = []
    trader.on('order', (event: OrderEvent) => seen.push(event))
    trader.on('error', (error) => seen.push(error))
    await trader.connect()
    seen.push(await trader.getBalance().catch((error: unknown) => error))
    seen.push(await trader.placeOrder('XBTUSD', 'buy', '0.001').catch((error: unknown) => error))
    seen.push(await trader.cancelAllOrders().catch((error: unknown) => error))
    const texts = [
      JSON.stringify(trader),
      inspect(trader, { depth: 20, showHidden: true }),
      String(trader),
      ...seen.flatMap((item) => [
        JSON.stringify(item),
        inspect(item, { depth: 20, showHidden: true }),
        String(item),
        (item as Error).stack ?? '',
      ]),
    ]
    expect(seen.length).toBeGreaterThanOrEqual(3)
    for (const text of texts) {
      expect(text).not.toContain(KEY)
      expect(text).not.toContain(SECRET)
    }
    await trader.close()
  })
})
