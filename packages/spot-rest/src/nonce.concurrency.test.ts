import { isKrakenError } from '@k/errors'
import { createNonce } from '@k/signing'
import { startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrder } from './actions/trade/createOrder.js'
import { getAccountBalance } from './actions/user/getAccountBalance.js'
import { SpotClient } from './SpotClient.js'

const ACCOUNT = { key: 'nonce-concurrency-key', secret: Buffer.from('nonce concurrency secret').toString('base64') }
const SHARED = { key: 'nonce-shared-key', secret: Buffer.from('nonce shared generator secret').toString('base64') }
let sim: Awaited<ReturnType<typeof startSimulator>>

beforeAll(async () => {
  sim = await startSimulator({
    rateLimits: false,
    accounts: [
      { ...ACCOUNT, balances: { ZUSD: '1' } },
      { ...SHARED, balances: { ZUSD: '1000000' } },
    ],
  })
})

afterAll(async () => {
  await sim.close()
})

describe('nonces under concurrency', () => {
  it('1,000 concurrent private calls through one client: 0 EAPI:Invalid nonce, no re-sign', async () => {
    const client = new SpotClient({ baseUrl: sim.url, ...ACCOUNT, rateLimit: false, timeout: 30_000 })
    const results = await Promise.allSettled(Array.from({ length: 1_000 }, () => getAccountBalance(client)))
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    const nonceErrors = failures.filter((error) => isKrakenError(error) && error.code === 'EAPI:Invalid nonce')
    expect(nonceErrors).toHaveLength(0)
    expect(failures).toEqual([])
    // Exactly one request per call: the one-time re-sign after an invalid nonce never had to happen.
    expect(await simRequestCount(sim, ACCOUNT.key)).toBe(1_000)
  })

  it('1,000 concurrent createOrder over 5 clients sharing one nonce generator: 0 EAPI:Invalid nonce', async () => {
    // The generator defines the nonce order, so the signing lane belongs to it: the five clients queue their signed
    // calls in one lane. Order placement is never re-signed, so a lost race would fail the order.
    const nonce = createNonce()
    const clients = Array.from(
      { length: 5 },
      () => new SpotClient({ baseUrl: sim.url, ...SHARED, nonce, rateLimit: false, timeout: 30_000 }),
    )
    // validate-only orders: kraken-sim checks the signature and the nonce of every private call before the order
    // (so a nonce race still fails them), and nothing is placed.
    const order = {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.001',
      price: '1000.0',
      validate: true,
    } as const
    const results = await Promise.allSettled(
      Array.from({ length: 1_000 }, (_, index) => createOrder(clients[index % clients.length]!, order)),
    )
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    const nonceErrors = failures.filter((error) => isKrakenError(error) && error.code === 'EAPI:Invalid nonce')
    expect(nonceErrors).toHaveLength(0)
    expect(failures).toEqual([])
    expect(await simRequestCount(sim, SHARED.key, 'POST /0/private/AddOrder')).toBe(1_000)
  }, 20_000)
})
