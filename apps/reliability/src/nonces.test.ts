import { isKrakenError, KrakenInvalidNonceError } from '@k/errors'
import { createNonce } from '@k/signing'
import { createOrder, getAccountBalance, getOpenOrders, getTradeBalance, SpotClient } from '@k/spot-rest'
import { type Simulator, startSimulator } from '@k/testkit'
import { simOrders, simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordFigures } from './internal/_recordFigures.js'

// Nonces: Kraken (and kraken-sim) reject a nonce that is not greater than the last one seen for the key. Several
// clients on one key are safe when they share ONE nonce generator (the signing lane belongs to the generator, so
// their signed calls leave in nonce order); separate generators on one key are unsafe.

const SHARED = { key: 'reliability-nonce-shared', secret: Buffer.from('nonce shared secret').toString('base64') }
const SEPARATE = { key: 'reliability-nonce-separate', secret: Buffer.from('nonce separate secret').toString('base64') }
const RACE = { key: 'reliability-nonce-race', secret: Buffer.from('nonce race secret').toString('base64') }
const CALLS = 1_000
const CLIENTS = 5
const ORDER = { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.001', price: '1000.0' } as const

let sim: Simulator
const figures: Record<string, number> = {}

beforeAll(async () => {
  sim = await startSimulator({
    seed: 9,
    rateLimits: false,
    accounts: [SHARED, SEPARATE, RACE].map((account) => ({ ...account, balances: { ZUSD: '1000000' } })),
  })
})

afterAll(async () => {
  await sim.close()
  recordFigures('nonces', figures)
})

const calls = [
  (client: SpotClient) => getAccountBalance(client),
  (client: SpotClient) => getTradeBalance(client),
  (client: SpotClient) => getOpenOrders(client),
]

describe('one nonce generator shared by several clients of one key', () => {
  it(`${CALLS} concurrent private calls over ${CLIENTS} clients → 0 nonce errors`, async () => {
    const nonce = createNonce()
    const clients = Array.from(
      { length: CLIENTS },
      () => new SpotClient({ baseUrl: sim.url, ...SHARED, nonce, rateLimit: false, timeout: 30_000 }),
    )
    const results = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, index) => calls[index % calls.length]!(clients[index % CLIENTS]!)),
    )
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    const nonceErrors = failures.filter((error) => isKrakenError(error) && error.code === 'EAPI:Invalid nonce')
    const requests = await simRequestCount(sim, SHARED.key)
    figures.sharedGeneratorCalls = CALLS
    figures.sharedGeneratorClients = CLIENTS
    figures.sharedGeneratorNonceErrors = nonceErrors.length
    // Requests above CALLS would be the SDK's one-time re-sign after a rejected nonce: with the generator's shared
    // lane no call loses the race, so none is re-signed.
    figures.sharedGeneratorResigned = requests - CALLS
    expect(nonceErrors).toEqual([])
    expect(failures).toEqual([])
    expect(requests).toBe(CALLS)
  }, 60_000)
})

describe('order placement over several clients sharing one generator', () => {
  it(`${CALLS} concurrent orders over ${CLIENTS} clients → 0 nonce errors, each order placed exactly once`, async () => {
    // Found by this suite (see README): with one lane per client, requests of different clients reached the server
    // out of order (5 of 1,000 orders failed with EAPI:Invalid nonce; order placement is never re-signed). The lane
    // now belongs to the nonce generator, shared by the clients, so every order must be accepted.
    const account = { key: SHARED.key, secret: SHARED.secret }
    const nonce = createNonce()
    const clients = Array.from(
      { length: CLIENTS },
      () => new SpotClient({ baseUrl: sim.url, ...account, nonce, rateLimit: false, timeout: 30_000 }),
    )
    const before = await simRequestCount(sim, SHARED.key, 'POST /0/private/AddOrder')
    const ORDERS = CALLS
    const results = await Promise.allSettled(
      Array.from({ length: ORDERS }, (_, index) =>
        createOrder(clients[index % CLIENTS]!, { ...ORDER, userref: index }),
      ),
    )
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    const nonceErrors = failures.filter((error) => error instanceof KrakenInvalidNonceError)
    figures.sharedGeneratorOrders = ORDERS
    figures.sharedGeneratorOrderNonceErrors = nonceErrors.length
    expect(nonceErrors).toEqual([])
    expect(failures).toEqual([])
    // One request per call (never re-sent) and exactly one order per call.
    expect((await simRequestCount(sim, SHARED.key, 'POST /0/private/AddOrder')) - before).toBe(ORDERS)
    const { open } = await simOrders(sim, SHARED.key)
    expect(open).toHaveLength(ORDERS)
  }, 60_000)
})

describe('separate nonce generators on one key: unsafe, and the error says why', () => {
  it('two generators that each count correctly still collide; the loser gets KrakenInvalidNonceError', async () => {
    // Each generator is strictly increasing on its own; the frozen clock makes the overlap deterministic (the same
    // happens for real with bursts inside one clock tick, or with two processes/machines whose clocks differ).
    const frozen = () => 1_800_000_000_000
    const first = new SpotClient({ baseUrl: sim.url, ...SEPARATE, nonce: createNonce({ now: frozen }) })
    const second = new SpotClient({ baseUrl: sim.url, ...SEPARATE, nonce: createNonce({ now: frozen }) })
    for (let index = 0; index < 5; index++) await getAccountBalance(first)
    const error = await getAccountBalance(second).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(KrakenInvalidNonceError)
    const nonceError = error as KrakenInvalidNonceError
    expect(nonceError.code).toBe('EAPI:Invalid nonce')
    expect(nonceError.retryable).toBe(false)
    // The message explains the cause and the remedy (one shared nonce source per key).
    expect(nonceError.message).toMatch(/nonce was not higher than the last one/i)
    expect(nonceError.message).toMatch(/shared nonce source|one key per process/i)
    // The SDK re-signed once with a fresh nonce (Kraken had not run the call); it still lost, so it gave up.
    expect(await simRequestCount(sim, SEPARATE.key)).toBe(5 + 2)
    figures.separateGeneratorsDeterministicNonceErrors = 1
  })

  it('under concurrency, every failure of separate generators is an explained KrakenInvalidNonceError', async () => {
    // Generators with their own clock source (like separate processes): no shared floor.
    const clients = Array.from(
      { length: CLIENTS },
      () =>
        new SpotClient({
          baseUrl: sim.url,
          ...RACE,
          nonce: createNonce({ now: () => Date.now() }),
          rateLimit: false,
          timeout: 30_000,
        }),
    )
    const results = await Promise.allSettled(
      Array.from({ length: 500 }, (_, index) => getAccountBalance(clients[index % CLIENTS]!)),
    )
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(KrakenInvalidNonceError)
      expect((failure as KrakenInvalidNonceError).message).toMatch(/shared nonce source|one key per process/i)
    }
    // How many calls lost is a matter of scheduling; it is reported, not asserted.
    figures.separateGeneratorsConcurrentCalls = 500
    figures.separateGeneratorsConcurrentNonceErrors = failures.length
  }, 60_000)
})
