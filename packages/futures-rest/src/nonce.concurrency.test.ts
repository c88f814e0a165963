import { isKrakenError } from '@k/errors'
import { createNonce } from '@k/signing'
import { type Simulator, startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrder } from './actions/trade/createOrder.js'
import { getOpenOrders } from './actions/user/getOpenOrders.js'
import { FuturesClient } from './FuturesClient.js'

// Kraken Futures rejects a nonce that is not greater than the key's last one (`nonceBelowThreshold`,
// `nonceDuplicate`), and order placement is never re-sent, so a request that overtakes an earlier one fails.
const SPOT_KEY = 'futures-nonce-spot-key'
const ACCOUNT = {
  key: SPOT_KEY,
  secret: Buffer.from('futures nonce spot secret').toString('base64'),
  futuresKey: 'futures-nonce-key',
  futuresSecret: Buffer.from('futures nonce secret').toString('base64'),
  futuresBalances: { usd: '100000000' },
}
let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ rateLimits: false, accounts: [ACCOUNT] })
})

afterAll(async () => {
  await sim.close()
})

describe('nonces under concurrency', () => {
  it('1,000 concurrent createOrder over 5 clients sharing one nonce generator: 0 nonce errors', async () => {
    // The generator defines the nonce order, so the signing lane belongs to it: the five clients queue their signed
    // calls in one lane and each nonce reaches the server after the previous one.
    const nonce = createNonce()
    const clients = Array.from(
      { length: 5 },
      () =>
        new FuturesClient({
          baseUrl: sim.futuresUrl,
          key: ACCOUNT.futuresKey,
          secret: ACCOUNT.futuresSecret,
          nonce,
          rateLimit: false,
          timeout: 30_000,
        }),
    )
    // Small limit buys far below the market: they rest on the book, nothing fills.
    const results = await Promise.allSettled(
      Array.from({ length: 1_000 }, (_, index) =>
        createOrder(clients[index % clients.length]!, {
          orderType: 'lmt',
          symbol: 'PF_XBTUSD',
          side: 'buy',
          size: '0.001',
          limitPrice: '1000',
        }),
      ),
    )
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    const nonceErrors = failures.filter((error) => isKrakenError(error) && /^nonce/.test(error.code))
    expect(nonceErrors).toHaveLength(0)
    expect(failures).toEqual([])
    expect(await simRequestCount(sim, SPOT_KEY, 'POST /derivatives/api/v3/sendorder')).toBe(1_000)
  }, 20_000)

  it('300 concurrent private calls through one client with its default generator: 0 nonce errors', async () => {
    const client = new FuturesClient({
      baseUrl: sim.futuresUrl,
      key: ACCOUNT.futuresKey,
      secret: ACCOUNT.futuresSecret,
      rateLimit: false,
      timeout: 30_000,
    })
    const before = await simRequestCount(sim, SPOT_KEY)
    const results = await Promise.allSettled(Array.from({ length: 300 }, () => getOpenOrders(client)))
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    expect(failures).toEqual([])
    expect((await simRequestCount(sim, SPOT_KEY)) - before).toBe(300)
  }, 20_000)

  it('a call aborted while it waits for the lane rejects with EAbort and is never sent', async () => {
    const client = new FuturesClient({
      baseUrl: sim.futuresUrl,
      key: ACCOUNT.futuresKey,
      secret: ACCOUNT.futuresSecret,
      // No limiter: both calls reach the lane synchronously, so the abort happens while the second one waits there.
      rateLimit: false,
    })
    const before = await simRequestCount(sim, SPOT_KEY)
    const controller = new AbortController()
    const first = getOpenOrders(client)
    // The first call holds the lane (signing, then in flight); the second waits behind it and is aborted there.
    const second = getOpenOrders(client, {}, { signal: controller.signal }).catch((error: unknown) => error)
    controller.abort()
    expect(await second).toMatchObject({ code: 'EAbort', category: 'client', details: { sent: 'no' } })
    await first
    expect((await simRequestCount(sim, SPOT_KEY)) - before).toBe(1)
  })
})
