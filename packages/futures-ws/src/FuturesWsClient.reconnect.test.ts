import type { KrakenError } from '@k/errors'
import { KrakenMaxReconnectError } from '@k/errors'
import { type Simulator, startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FUTURES_PRIVATE_FEEDS } from './FuturesFeed.js'
import { FuturesWsClient } from './FuturesWsClient.js'
import { _collect, isFeed } from './testing/_collect.js'

const ACCOUNT = {
  key: 'reconnect-spot-key',
  secret: Buffer.from('reconnect spot secret').toString('base64'),
  futuresKey: 'reconnect-futures-key',
  futuresSecret: Buffer.from('reconnect futures secret, only for kraken-sim').toString('base64'),
}
const FAST = { initialBackoff: 10, maxBackoff: 40 }

let sim: Simulator
const clients: FuturesWsClient[] = []
const track = (client: FuturesWsClient) => {
  clients.push(client)
  return client
}
/** Resolves on the nth emission of an event (bounded by a timeout). */
const nth = <T>(
  client: FuturesWsClient,
  event: 'reconnected' | 'error' | 'reconnecting',
  count: number,
  timeoutMs = 10_000,
) =>
  new Promise<T[]>((resolve, reject) => {
    const seen: T[] = []
    const timer = setTimeout(() => reject(new Error(`${event} seen ${seen.length}/${count} times`)), timeoutMs)
    const off = client.on(event, (value: unknown) => {
      seen.push(value as T)
      if (seen.length === count) {
        clearTimeout(timer)
        off()
        resolve(seen)
      }
    })
  })

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, tickMs: 40, accounts: [ACCOUNT] })
})
afterAll(async () => {
  for (const client of clients) await client.close()
  await sim.close()
})

describe('FuturesWsClient reconnect', () => {
  it('restores every subscription after drops (dropEveryN), each connection with a fresh challenge', async () => {
    const client = track(
      new FuturesWsClient({
        url: `${sim.futuresWsUrl}?dropEveryN=40`,
        key: ACCOUNT.futuresKey,
        secret: ACCOUNT.futuresSecret,
        ...FAST,
      }),
    )
    const { next, messages } = _collect(client)
    await client.connect()
    const reconnects = nth<{ subscriptions: unknown[] }>(client, 'reconnected', 2, 15_000)
    for (const feed of FUTURES_PRIVATE_FEEDS) await client.subscribe({ feed })
    await client.subscribe({ feed: 'ticker', product_ids: ['PI_XBTUSD'] })
    const expected = [
      ...FUTURES_PRIVATE_FEEDS.map((feed) => ({ event: 'subscribe', feed })),
      { event: 'subscribe', feed: 'ticker', product_ids: ['PI_XBTUSD'] },
    ]
    expect(client.activeSubscriptions).toEqual(expected)

    const [first, second] = await reconnects
    for (const info of [first, second]) expect(info?.subscriptions).toHaveLength(expected.length)
    expect(client.activeSubscriptions).toEqual(expect.arrayContaining(expected))
    // One challenge per connection: the initial one plus one after each reconnect.
    const challenges = sim.state.requestLog.count(ACCOUNT.futuresKey, 'WS /ws/v1 challenge')
    const openOrdersSubscribes = sim.state.requestLog.count(ACCOUNT.futuresKey, 'WS /ws/v1 subscribe open_orders')
    expect(challenges).toBeGreaterThanOrEqual(3)
    expect(openOrdersSubscribes).toBe(challenges)
    // Every replayed private feed was accepted (a stale challenge would have been refused with an alert).
    expect(messages.some(({ message }) => 'event' in message && message.event === 'alert')).toBe(false)
    expect(messages.filter(({ message }) => isFeed('open_orders_snapshot')(message)).length).toBeGreaterThanOrEqual(3)
    await next(isFeed('ticker'), 5000, messages.length)
    expect(client.exceptionOccur).toBe(false)
  })

  it('gives up after the bound with KrakenMaxReconnectError and exceptionOccur', async () => {
    const doomed = await startSimulator({ seed: 4, accounts: [ACCOUNT] })
    const client = track(new FuturesWsClient({ url: doomed.futuresWsUrl, ...FAST, maxReconnects: 2 }))
    await client.connect()
    await client.subscribe({ feed: 'heartbeat' })
    const attempts = nth<{ attempt: number; delayMs: number }>(client, 'reconnecting', 2)
    const errors = nth<KrakenError>(client, 'error', 1)
    await doomed.close()
    expect((await attempts).map((info) => info.attempt)).toEqual([1, 2])
    const [error] = await errors
    expect(error).toBeInstanceOf(KrakenMaxReconnectError)
    expect(client.exceptionOccur).toBe(true)
    expect(client.isConnected).toBe(false)
  })

  it('rejects connect() when the endpoint never answers, after the bound', async () => {
    const gone = await startSimulator({ seed: 5 })
    const url = gone.futuresWsUrl
    await gone.close()
    const client = track(new FuturesWsClient({ url, ...FAST, maxReconnects: 1 }))
    await expect(client.connect()).rejects.toBeInstanceOf(KrakenMaxReconnectError)
    expect(client.exceptionOccur).toBe(true)
  })

  it('treats close code 1008 as terminal: error, exceptionOccur, no reconnect', async () => {
    const client = track(new FuturesWsClient({ url: `${sim.futuresWsUrl}?close1008AfterN=6`, ...FAST }))
    let reconnecting = 0
    client.on('reconnecting', () => {
      reconnecting += 1
    })
    const errors = nth<KrakenError>(client, 'error', 1)
    const closed = new Promise<{ code: number }>((resolve) => client.once('close', resolve))
    await client.connect()
    await client.subscribe({ feed: 'ticker', product_ids: ['PI_ETHUSD'] })
    expect((await closed).code).toBe(1008)
    const [error] = await errors
    expect(error).toMatchObject({ code: 'EWsPolicyViolation', category: 'client' })
    expect(client.exceptionOccur).toBe(true)
    expect(reconnecting).toBe(0)
  })
})

describe('FuturesWsClient lifecycle', () => {
  it('can connect again after close(), starting fresh', async () => {
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl, ...FAST }))
    let reconnected = 0
    client.on('reconnected', () => {
      reconnected += 1
    })
    await client.connect()
    await client.subscribe({ feed: 'ticker_lite', product_ids: ['PF_SOLUSD'] })
    await client.close()
    expect(client.isConnected).toBe(false)
    await expect(client.subscribe({ feed: 'heartbeat' })).rejects.toMatchObject({ name: 'KrakenNetworkError' })
    await client.connect()
    expect(client.activeSubscriptions).toEqual([])
    expect(await client.subscribe({ feed: 'heartbeat' })).toEqual([{ event: 'subscribed', feed: 'heartbeat' }])
    expect(reconnected).toBe(0)
  })
})
