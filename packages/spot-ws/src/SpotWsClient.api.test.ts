import { inspect } from 'node:util'
import { KrakenError } from '@k/errors'
import { createSimAccount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { SpotWsClient } from './SpotWsClient.js'
import type { BookMessage, SpotWsMessage } from './types/SpotWsMessage.js'
import type { WsConnectionName } from './types/WsConnectionName.js'
import { UnifiedWsClient } from './UnifiedWsClient.js'

const sim = inject('krakenSim')

describe('python-parity API, raw text hook, stream()', () => {
  let account: Awaited<ReturnType<typeof createSimAccount>>
  const clients: SpotWsClient[] = []
  const track = <T extends SpotWsClient>(client: T) => {
    clients.push(client)
    return client
  }
  beforeAll(async () => {
    account = await createSimAccount(sim, { balances: { ZUSD: '50000', XXBT: '1' } })
  })
  afterAll(async () => {
    for (const client of clients) await client[Symbol.asyncDispose]()
  })
  const until = async (condition: () => boolean) => {
    for (let round = 0; round < 400 && !condition(); round++) await new Promise((resolve) => setTimeout(resolve, 25))
    expect(condition()).toBe(true)
  }

  test('subclass overriding onMessage receives the parsed message and the exact frame text', async () => {
    const seen: Array<{ message: SpotWsMessage; raw: string }> = []
    class Client extends SpotWsClient {
      override onMessage(message: SpotWsMessage, raw: string) {
        seen.push({ message, raw })
      }
    }
    const client = track(new Client({ url: sim.wsUrl }))
    const rawFrames: string[] = []
    client.on('raw', (text) => rawFrames.push(text))
    await client.connect()
    await client.subscribe({ channel: 'book', symbol: 'BTC/USD' })
    await until(() => seen.some(({ message }) => (message as { channel?: string }).channel === 'book'))
    const book = seen.find(({ message }) => (message as { channel?: string }).channel === 'book')!
    const level = (book.message as BookMessage).data[0]!.bids[0]!
    // Decimals are strings with Kraken's exact text, the same text as in the raw frame (trailing zeros kept).
    expect(level.qty).toMatch(/^\d+\.\d{8}$/)
    expect(book.raw).toContain(`"price":${level.price},"qty":${level.qty}`)
    expect(rawFrames).toContain(book.raw)
  })

  test('callback option, send() adds the token to private messages unless raw, active subscriptions', async () => {
    const received: Array<[SpotWsMessage, WsConnectionName]> = []
    const client = track(
      new SpotWsClient({
        key: account.key,
        secret: account.secret,
        url: sim.wsUrl,
        authUrl: sim.authWsUrl,
        restUrl: sim.url,
        callback: (message, _raw, connection) => {
          received.push([message, connection])
        },
      }),
    )
    await client.connect()
    await client.send({ method: 'subscribe', params: { channel: 'executions' }, req_id: 900 })
    await until(() => received.some(([message]) => (message as { req_id?: number }).req_id === 900))
    expect(received.find(([message]) => (message as { req_id?: number }).req_id === 900)).toEqual([
      expect.objectContaining({ success: true, method: 'subscribe' }),
      'private',
    ])
    await client.send({ method: 'subscribe', params: { channel: 'balances' }, req_id: 901 }, { raw: true })
    await until(() => received.some(([message]) => (message as { req_id?: number }).req_id === 901))
    expect(received.find(([message]) => (message as { req_id?: number }).req_id === 901)![0]).toMatchObject({
      success: false,
    })
    expect(client.activePrivateSubscriptions).toEqual([
      expect.objectContaining({ channel: 'executions', snapshot: true }),
    ])
    expect(client.activePublicSubscriptions).toEqual([])
    await expect(client.send({ method: '' })).rejects.toThrow(/non-empty string "method"/)
    await expect(new SpotWsClient({ url: sim.wsUrl }).send({ method: 'add_order', params: {} })).rejects.toThrow(
      /authenticated/,
    )
  })

  test('a failed subscribe ack rejects with a KrakenError; successful symbols stay active', async () => {
    const client = track(new SpotWsClient({ url: sim.wsUrl }))
    await client.connect()
    const error = await client
      .subscribe({ channel: 'ticker', symbol: ['ETH/USD', 'NOT/REAL'] })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(KrakenError)
    expect((error as KrakenError).code).toBe('Currency pair not supported NOT/REAL')
    expect(client.activePublicSubscriptions).toEqual([
      expect.objectContaining({ channel: 'ticker', symbol: ['ETH/USD'] }),
    ])
    await client.unsubscribe({ channel: 'ticker', symbol: ['ETH/USD'] })
    expect(client.activePublicSubscriptions).toEqual([])
  })

  test('stream(): typed async iterator that unsubscribes when the loop ends', async () => {
    const client = track(new SpotWsClient({ url: sim.wsUrl }))
    await client.connect()
    const seen: string[] = []
    for await (const message of client.stream({ channel: 'book', symbol: ['ETH/USD'], depth: 10 })) {
      seen.push(`${message.type}:${message.data[0]!.symbol}`)
      if (seen.length === 3) break
    }
    expect(seen[0]).toBe('snapshot:ETH/USD')
    expect(seen.slice(1)).toEqual(['update:ETH/USD', 'update:ETH/USD'])
    await until(() => client.activePublicSubscriptions.length === 0)
  })

  test('stream(): close() ends an open for-await loop', async () => {
    const client = track(new SpotWsClient({ url: sim.wsUrl }))
    await client.connect()
    const types: string[] = []
    const loop = (async () => {
      for await (const message of client.stream({ channel: 'ticker', symbol: ['DOGE/USD'] })) types.push(message.type)
    })()
    const closes: Array<{ code: number }> = []
    client.on('close', (_connection, info) => closes.push(info))
    await until(() => types.length > 0)
    await client.close()
    await loop
    expect(types[0]).toBe('snapshot')
    expect(closes).toEqual([{ code: 1000, reason: 'client closed' }])
  })

  test('stream(): a consumer that stops reading gets a clear overflow error, not unbounded memory', async () => {
    const client = track(new SpotWsClient({ url: sim.wsUrl }))
    await client.connect()
    const stream = client.stream({ channel: 'book', symbol: ['BTC/USD'] }, { highWaterMark: 5 })
    let received = 0
    client.on('message', (message) => {
      if ((message as { channel?: string }).channel === 'book') received++
    })
    await until(() => received >= 6)
    const error = await stream.next().catch((caught: unknown) => caught)
    expect((error as KrakenError).code).toBe('EStream:Overflow')
    expect((error as KrakenError).shortMessage).toMatch(/fell behind: 5 messages/)
    // The stream gave up its subscription.
    await until(() => client.activePublicSubscriptions.length === 0)
  })

  test('UnifiedWsClient adds asset_class and trades with the spot token', async () => {
    const client = track(
      new UnifiedWsClient({
        assetClass: 'spot',
        key: account.key,
        secret: account.secret,
        url: sim.unifiedWsUrl,
        authUrl: sim.unifiedPrivateWsUrl,
        restUrl: sim.url,
      }),
    )
    await client.connect()
    const [ack] = await client.subscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
    expect(ack!.result).toMatchObject({ asset_class: 'spot', channel: 'ticker' })
    const placed = await client.addOrder({
      symbol: 'BTC/USD',
      side: 'buy',
      order_type: 'limit',
      order_qty: '0.001',
      limit_price: '1000.0',
    })
    expect(placed.order_id).toMatch(/^O/)
    const [cancelled] = await client.cancelOrder({ order_id: [placed.order_id] })
    expect(cancelled!.order_id).toBe(placed.order_id)
  })

  test('UnifiedWsClient with assetClass derivatives streams the futures market in v2 shapes', async () => {
    const client = track(new UnifiedWsClient({ assetClass: 'derivatives', url: sim.unifiedWsUrl }))
    await client.connect()
    for await (const message of client.stream({ channel: 'book', symbol: ['PF_XBTUSD'], depth: 10 })) {
      expect(message.data[0]!.symbol).toBe('PF_XBTUSD')
      expect(message.data[0]!.bids.length).toBeGreaterThan(0)
      expect(typeof message.data[0]!.checksum).toBe('number')
      break
    }
    await until(() => client.activePublicSubscriptions.length === 0)
  })

  test('no message is lost between the socket and the handler (5,000-update firehose, every checksum in order)', async () => {
    const client = track(new SpotWsClient({ url: sim.wsUrl }))
    await client.connect()
    const books: string[] = []
    const done = new Promise<void>((resolve) => {
      client.on('message', (message, raw) => {
        if ((message as { channel?: string }).channel === 'book') books.push(raw)
        if ((message as { method?: string }).method === 'sim_firehose') resolve()
      })
    })
    await client.send({ method: 'sim_firehose', params: { symbol: 'XRP/USD', count: 5000 } })
    await done
    expect(books).toHaveLength(5001)
    expect(books[0]).toContain('"type":"snapshot"')
  })

  test('credentials never show in JSON.stringify, util.inspect or String of a client', async () => {
    const client = track(
      new SpotWsClient({
        key: account.key,
        secret: account.secret,
        url: sim.wsUrl,
        authUrl: sim.authWsUrl,
        restUrl: sim.url,
      }),
    )
    await client.connect()
    for (const text of [JSON.stringify(client), inspect(client, { depth: 10, showHidden: true }), String(client)]) {
      expect(text).not.toContain(account.secret)
      expect(text).not.toContain(account.key)
    }
  })
})
