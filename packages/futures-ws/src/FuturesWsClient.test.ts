import { inspect } from 'node:util'
import { isKrakenError, KrakenAuthenticationError, KrakenNetworkError, KrakenValidationError } from '@k/errors'
import { createSimAccount, type SimAccount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FUTURES_PRIVATE_FEEDS } from './FuturesFeed.js'
import { FuturesWsClient } from './FuturesWsClient.js'
import type { FuturesFeedMessageMap, FuturesWsMessage } from './messages/FuturesWsMessage.js'
import { _collect, isFeed } from './testing/_collect.js'

const sim = inject('krakenSim')
let account: SimAccount
const clients: FuturesWsClient[] = []
const track = (client: FuturesWsClient) => {
  clients.push(client)
  return client
}

beforeAll(async () => {
  account = await createSimAccount(sim, { futuresBalances: { usd: '25000' } })
})
afterAll(async () => {
  for (const client of clients) await client.close()
})

describe('FuturesWsClient: validation before sending', () => {
  it('rejects bad parameters with KrakenValidationError naming the field, before any connection', async () => {
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl }))
    await expect(client.subscribe({ feed: 'nope' as never })).rejects.toMatchObject({
      name: 'KrakenValidationError',
      field: 'feed',
    })
    await expect(client.subscribe({ feed: 'ticker' })).rejects.toMatchObject({ field: 'product_ids' })
    await expect(client.subscribe({ feed: 'book', product_ids: [] })).rejects.toMatchObject({ field: 'product_ids' })
    await expect(client.subscribe({ feed: 'book', product_ids: 'PI_XBTUSD' as never })).rejects.toBeInstanceOf(
      KrakenValidationError,
    )
    await expect(client.subscribe({ feed: 'fills', product_ids: ['PI_XBTUSD'] })).rejects.toMatchObject({
      field: 'product_ids',
    })
    // Private feed without credentials: refused locally, nothing sent.
    await expect(client.subscribe({ feed: 'fills' })).rejects.toBeInstanceOf(KrakenAuthenticationError)
    // Valid, but not connected yet.
    await expect(client.subscribe({ feed: 'heartbeat' })).rejects.toBeInstanceOf(KrakenNetworkError)
    expect(() => new FuturesWsClient({ pingInterval: 60_000 })).toThrow(/pingInterval/)
    expect(() => new FuturesWsClient({ maxRequestsPerSecond: 100 })).toThrow(/maxRequestsPerSecond/)
  })

  it('lists the feeds like python-kraken-sdk and reports isAuth', () => {
    expect(FuturesWsClient.getAvailablePublicSubscriptionFeeds()).toEqual([
      'trade',
      'book',
      'ticker',
      'ticker_lite',
      'heartbeat',
    ])
    expect(FuturesWsClient.getAvailablePrivateSubscriptionFeeds()).toEqual([...FUTURES_PRIVATE_FEEDS])
    expect(new FuturesWsClient().isAuth).toBe(false)
    expect(new FuturesWsClient({ key: 'k', secret: 's' }).isAuth).toBe(true)
    expect(new FuturesWsClient().url).toBe('wss://futures.kraken.com/ws/v1')
    expect(new FuturesWsClient({ sandbox: true }).url).toBe('wss://demo-futures.kraken.com/ws/v1')
  })
})

describe('FuturesWsClient: public feeds against kraken-sim', () => {
  it('subscribes to every public feed, gets typed messages with their raw text, and unsubscribes', async () => {
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl }))
    const { next, messages } = _collect(client)
    await client.connect()
    await next((message) => 'event' in message && message.event === 'info')
    const acks = await client.subscribe({ feed: 'ticker', product_ids: ['PI_XBTUSD', 'PF_ETHUSD'] })
    expect(acks).toEqual([
      { event: 'subscribed', feed: 'ticker', product_ids: ['PI_XBTUSD'] },
      { event: 'subscribed', feed: 'ticker', product_ids: ['PF_ETHUSD'] },
    ])
    await client.subscribe({ feed: 'ticker_lite', product_ids: ['PI_XBTUSD'] })
    await client.subscribe({ feed: 'book', product_ids: ['PF_XBTUSD'] })
    await client.subscribe({ feed: 'trade', product_ids: ['PI_XBTUSD'] })
    await client.subscribe({ feed: 'heartbeat' })
    expect(client.activeSubscriptions).toEqual([
      { event: 'subscribe', feed: 'ticker', product_ids: ['PI_XBTUSD'] },
      { event: 'subscribe', feed: 'ticker', product_ids: ['PF_ETHUSD'] },
      { event: 'subscribe', feed: 'ticker_lite', product_ids: ['PI_XBTUSD'] },
      { event: 'subscribe', feed: 'book', product_ids: ['PF_XBTUSD'] },
      { event: 'subscribe', feed: 'trade', product_ids: ['PI_XBTUSD'] },
      { event: 'subscribe', feed: 'heartbeat' },
    ])

    const ticker = await next<FuturesFeedMessageMap['ticker']>(isFeed('ticker', 'PF_ETHUSD'))
    expect(ticker).toMatchObject({
      product_id: 'PF_ETHUSD',
      tag: 'perpetual',
      bid: expect.any(Number),
      ask: expect.any(Number),
      markPrice: expect.any(Number),
    })
    expect(await next(isFeed('ticker_lite'))).toMatchObject({
      product_id: 'PI_XBTUSD',
      bid: expect.any(Number),
      volume: expect.any(Number),
    })
    const snapshot = await next<FuturesFeedMessageMap['book_snapshot']>(isFeed('book_snapshot'))
    expect(snapshot.bids[0]).toEqual({ price: expect.any(Number), qty: expect.any(Number) })
    const delta = await next<FuturesFeedMessageMap['book']>(isFeed('book'))
    expect(delta).toMatchObject({
      product_id: 'PF_XBTUSD',
      side: expect.stringMatching(/^(buy|sell)$/),
      seq: snapshot.seq + 1,
    })
    expect(await next(isFeed('trade_snapshot'))).toMatchObject({ product_id: 'PI_XBTUSD', trades: expect.any(Array) })
    expect(await next(isFeed('trade'))).toMatchObject({
      product_id: 'PI_XBTUSD',
      uid: expect.any(String),
      price: expect.any(Number),
    })
    expect(await next(isFeed('heartbeat'), 5000)).toMatchObject({ time: expect.any(Number) })
    // Listeners get the frame's exact text next to the parsed message.
    for (const { message, raw } of messages.slice(0, 20)) expect(JSON.parse(raw)).toEqual(message)

    expect(await client.unsubscribe({ feed: 'ticker', product_ids: ['PI_XBTUSD'] })).toEqual([
      { event: 'unsubscribed', feed: 'ticker', product_ids: ['PI_XBTUSD'] },
    ])
    expect(
      client.activeSubscriptions.some((entry) => entry.feed === 'ticker' && entry.product_ids?.[0] === 'PI_XBTUSD'),
    ).toBe(false)
  })

  it('rejects an unknown product with Kraken’s error string as a KrakenError', async () => {
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl }))
    await client.connect()
    const error = await client
      .subscribe({ feed: 'ticker', product_ids: ['PI_NOPEUSD'] })
      .catch((caught: unknown) => caught)
    expect(isKrakenError(error)).toBe(true)
    expect(error).toMatchObject({ code: 'Invalid product id' })
    expect(client.activeSubscriptions).toEqual([])
  })
})

describe('FuturesWsClient: private feeds and challenge auth against kraken-sim', () => {
  it('signs the challenge, subscribes to every private feed, and passes messages to callback and onMessage', async () => {
    const seen: FuturesWsMessage[] = []
    class Bot extends FuturesWsClient {
      overridden: FuturesWsMessage[] = []
      override onMessage(message: FuturesWsMessage) {
        this.overridden.push(message)
        return super.onMessage(message)
      }
    }
    const client = new Bot({
      url: sim.futuresWsUrl,
      key: account.futuresKey,
      secret: account.futuresSecret,
      callback: (message) => void seen.push(message),
    })
    track(client)
    const { next } = _collect(client)
    await client.connect()
    for (const feed of FUTURES_PRIVATE_FEEDS) {
      expect(await client.subscribe({ feed })).toEqual([{ event: 'subscribed', feed }])
    }
    expect(client.activeSubscriptions).toEqual(FUTURES_PRIVATE_FEEDS.map((feed) => ({ event: 'subscribe', feed })))
    expect(await next(isFeed('open_orders_snapshot'))).toMatchObject({ account: expect.any(String), orders: [] })
    expect(await next(isFeed('open_orders_verbose_snapshot'))).toMatchObject({ orders: [] })
    expect(await next(isFeed('fills_snapshot'))).toMatchObject({ fills: [] })
    expect(await next(isFeed('open_positions'))).toMatchObject({ positions: [] })
    const balances = await next<FuturesFeedMessageMap['balances_snapshot']>(isFeed('balances_snapshot'))
    expect(balances.flex_futures?.currencies.USD?.quantity).toBe(25000)
    expect(await next(isFeed('deposits_withdrawals_snapshot'))).toMatchObject({ elements: [] })
    expect(await next(isFeed('account_balances_and_margins'))).toMatchObject({ margin_accounts: expect.any(Array) })
    expect(await next(isFeed('account_log_snapshot'))).toMatchObject({ logs: expect.any(Array) })
    expect(await next(isFeed('notifications_auth'))).toMatchObject({
      notifications: [expect.objectContaining({ priority: 'low' })],
    })
    // The challenge answer is consumed, never forwarded (python-kraken-sdk parity).
    expect(seen.some((message) => 'event' in message && message.event === 'challenge')).toBe(false)
    expect(seen.length).toBeGreaterThan(18)
    expect(client.overridden.length).toBe(seen.length)
    expect(await client.unsubscribe({ feed: 'fills' })).toEqual([{ event: 'unsubscribed', feed: 'fills' }])
  })

  it('rejects a wrong secret with KrakenAuthenticationError that never contains the key or secret', async () => {
    const wrongSecret = Buffer.from('definitely-not-the-secret-0123456789').toString('base64')
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl, key: account.futuresKey, secret: wrongSecret }))
    await client.connect()
    const error = await client.subscribe({ feed: 'open_orders' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(KrakenAuthenticationError)
    expect(error).toMatchObject({ category: 'auth', code: 'Failed to subscribe to authenticated feed' })
    for (const text of [
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      (error as Error).stack ?? '',
    ]) {
      expect(text).not.toContain(wrongSecret)
      expect(text).not.toContain(account.futuresKey)
    }
    expect(client.activeSubscriptions).toEqual([])
    // The connection stays usable for public feeds.
    expect(await client.subscribe({ feed: 'heartbeat' })).toEqual([{ event: 'subscribed', feed: 'heartbeat' }])
  })

  it('rejects an unknown key the same way, and never serialises credentials', async () => {
    const client = track(
      new FuturesWsClient({ url: sim.futuresWsUrl, key: 'unknown-futures-key', secret: account.futuresSecret }),
    )
    await client.connect()
    await expect(client.subscribe({ feed: 'balances' })).rejects.toBeInstanceOf(KrakenAuthenticationError)
    for (const text of [JSON.stringify(client), inspect(client, { depth: 10 }), String(client)]) {
      expect(text).not.toContain(account.futuresSecret)
      expect(text).not.toContain('unknown-futures-key')
    }
  })

  it('getSignChallenge matches Kraken’s official vector and needs credentials', async () => {
    const client = new FuturesWsClient({
      key: 'k',
      secret: '7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm',
    })
    expect(await client.getSignChallenge('c100b894-1729-464d-ace1-52dbce11db42')).toBe(
      '4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A==',
    )
    await expect(new FuturesWsClient().getSignChallenge('x')).rejects.toBeInstanceOf(KrakenAuthenticationError)
  })
})

describe('FuturesWsClient.stream', () => {
  it('iterates one feed’s snapshot and updates, then unsubscribes when the loop ends', async () => {
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl }))
    await client.connect()
    const feeds: string[] = []
    for await (const message of client.stream({ feed: 'book', product_ids: ['PI_ETHUSD'] })) {
      expect(message.product_id).toBe('PI_ETHUSD')
      feeds.push(message.feed)
      if (feeds.length === 5) break
    }
    expect(feeds[0]).toBe('book_snapshot')
    expect(feeds.slice(1)).toEqual(['book', 'book', 'book', 'book'])
    await expect.poll(() => client.activeSubscriptions).toEqual([])
  })

  it('fails the iteration when the subscription is refused', async () => {
    const client = track(new FuturesWsClient({ url: sim.futuresWsUrl }))
    await client.connect()
    const iterator = client.stream({ feed: 'trade', product_ids: ['PI_NOTAPRODUCT'] })
    await expect(iterator.next()).rejects.toMatchObject({ code: 'Invalid product id' })
  })
})
