import { isKrakenError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTicker } from './actions/market/getTicker.js'
import { createOrder } from './actions/trade/createOrder.js'
import { getAccountBalance } from './actions/user/getAccountBalance.js'
import { getTradesHistory } from './actions/user/getTradesHistory.js'
import { SpotClient } from './SpotClient.js'
import type { RateLimitWaitEvent } from './types.js'

// The limiter really waits here (no fake clock). To keep the file fast, the simulator and the client both run at
// Pro tier (REST 20, decay 1/s; trading 180, decay 3.75/s): the burst needs ~5 s of waits instead of minutes.
const ACCOUNT = {
  key: 'burst-key',
  secret: Buffer.from('burst secret').toString('base64'),
  balances: { ZUSD: '100000000', XXBT: '1000' },
}
let sim: Awaited<ReturnType<typeof startSimulator>>

beforeAll(async () => {
  sim = await startSimulator({ tier: 'pro', accounts: [ACCOUNT] })
})

afterAll(async () => {
  await sim.close()
})

describe('burst of 300 calls with the limiter on', () => {
  it('gets 0 rate-limit errors from the simulator, because the limiter waits', async () => {
    const waits: RateLimitWaitEvent[] = []
    const client = new SpotClient({
      baseUrl: sim.url,
      ...ACCOUNT,
      tier: 'pro',
      onRateLimitWait: (event) => waits.push(event),
    })
    const ticker = await getTicker(client, { pair: 'XBTUSD' })
    const price = (Math.floor(Number(ticker.XXBTZUSD!.c[0]) * 0.5 * 10) / 10).toFixed(1)

    const calls: Array<() => Promise<unknown>> = [
      // 22 REST-counter calls (20 + one history call costing 2 → 4 points over the cap: ~4 s of waiting).
      ...Array.from({ length: 21 }, () => () => getAccountBalance(client)),
      () => getTradesHistory(client, {}),
      // 190 orders on one pair: 10 over the Pro cap of 180 (~2.7 s of waiting on the trading counter).
      ...Array.from(
        { length: 190 },
        (_, index) => () =>
          createOrder(client, {
            pair: 'XBTUSD',
            type: 'buy',
            ordertype: 'limit',
            volume: '0.001',
            price,
            userref: index,
          }),
      ),
      // 88 public calls: they use Kraken's per-IP limit, not the key's counter.
      ...Array.from({ length: 88 }, () => () => getTicker(client, { pair: 'ETHUSD' })),
    ]
    expect(calls).toHaveLength(300)
    const results = await Promise.allSettled(calls.map((call) => call()))
    const errors = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    expect(errors.filter((error) => isKrakenError(error) && error.category === 'rate_limit')).toEqual([])
    expect(errors).toEqual([])
    expect(waits.some((wait) => wait.counter === 'rest')).toBe(true)
    expect(waits.some((wait) => wait.counter === 'trading' && wait.pair === 'XBTUSD')).toBe(true)
  }, 40_000)
})
