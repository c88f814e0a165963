import type { KrakenError } from '@k/errors'
import { FuturesWsClient } from '@k/futures-ws'
import { SpotOrderBookClient } from '@k/orderbook'
import { SpotWsClient } from '@k/spot-ws'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type WebSocket, WebSocketServer } from 'ws'
import { recordFigures } from './internal/_recordFigures.js'
import { waitFor } from './internal/_waitFor.js'

// Bad frames: a one-off `ws` server on 127.0.0.1 plays a hostile Kraken. It acknowledges subscriptions (so the
// clients reach their normal state) and then pushes random, truncated, wrongly-shaped, binary and huge frames to
// each WS client: SpotWsClient, FuturesWsClient and SpotOrderBookClient. The process must not crash, no promise
// may reject unhandled, every client must report the bad frames through its `error` event, and a valid frame sent
// last must still be delivered (the client is still working).

const FRAMES = Number(process.env.RELIABILITY_WS_FRAMES ?? 3_000)
const HUGE = 8 * 1024 * 1024

let server: WebSocketServer
let url: string
const sockets = new Set<WebSocket>()
const figures = { framesFuzzed: 0, hugeFrameBytes: HUGE, errorEvents: {} as Record<string, number>, crashes: 0 }
let unhandled = 0
let uncaught = 0
const crashes: string[] = []
const onUnhandled = (reason: unknown) => {
  unhandled++
  crashes.push(`unhandledRejection: ${reason instanceof Error ? reason.stack : String(reason)}`)
}
const onUncaught = (error: Error) => {
  uncaught++
  crashes.push(`uncaughtException: ${error.stack}`)
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  process.on('uncaughtException', onUncaught)
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('message', (data) => answer(socket, String(data)))
  })
})

afterAll(async () => {
  for (const socket of sockets) socket.terminate()
  await new Promise((resolve) => server.close(resolve))
  process.off('unhandledRejection', onUnhandled)
  process.off('uncaughtException', onUncaught)
  figures.crashes = unhandled + uncaught
  recordFigures('badInputWs', figures)
})

/** Just enough of Kraken to get each client subscribed: acks for Spot v2 and Futures v1 subscriptions. */
function answer(socket: WebSocket, text: string): void {
  let request: Record<string, unknown>
  try {
    request = JSON.parse(text) as Record<string, unknown>
  } catch {
    return
  }
  if (request.method === 'subscribe' || request.method === 'unsubscribe') {
    const params = (request.params ?? {}) as { channel?: string; symbol?: string[]; depth?: number }
    for (const symbol of params.symbol ?? [undefined]) {
      socket.send(
        JSON.stringify({
          method: request.method,
          req_id: request.req_id,
          result: {
            channel: params.channel,
            ...(symbol ? { symbol } : {}),
            ...(params.depth ? { depth: params.depth } : {}),
          },
          success: true,
          time_in: '2026-11-22T00:00:00.000000Z',
          time_out: '2026-11-22T00:00:00.000001Z',
        }),
      )
    }
  } else if (request.method === 'ping') {
    socket.send(JSON.stringify({ method: 'pong', req_id: request.req_id }))
  } else if (request.event === 'subscribe') {
    for (const product of (request.product_ids as string[] | undefined) ?? [undefined]) {
      socket.send(
        JSON.stringify({ event: 'subscribed', feed: request.feed, ...(product ? { product_ids: [product] } : {}) }),
      )
    }
  }
}

const level = fc.record({ price: fc.oneof(fc.double(), fc.string(), fc.constant(null)), qty: fc.anything() })
const shapes = [
  // Book frames with hostile content (wrong types, missing fields, absurd numbers, unknown symbols).
  fc
    .record({
      channel: fc.constant('book'),
      type: fc.constantFrom('snapshot', 'update', 'delta', ''),
      data: fc.oneof(
        fc.array(
          fc.record(
            {
              symbol: fc.constantFrom('BTC/USD', 'ETH/USD', 'FOO/BAR', ''),
              bids: fc.oneof(fc.array(level, { maxLength: 5 }), fc.anything()),
              asks: fc.oneof(fc.array(level, { maxLength: 5 }), fc.anything()),
              checksum: fc.oneof(fc.integer(), fc.string(), fc.double()),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        fc.anything(),
      ),
    })
    .map((value) => JSON.stringify(value)),
  // Well-formed book frames with plausible numbers but wrong checksums (the resync path).
  fc
    .record({
      type: fc.constantFrom('snapshot', 'update'),
      symbol: fc.constantFrom('BTC/USD', 'ETH/USD'),
      bids: fc.array(fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 10_000 })), {
        maxLength: 4,
      }),
      asks: fc.array(fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 10_000 })), {
        maxLength: 4,
      }),
      checksum: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
    })
    .map(
      ({ type, symbol, bids, asks, checksum }) =>
        `{"channel":"book","type":"${type}","data":[{"symbol":"${symbol}","bids":[${bids.map(([p, q]) => `{"price":${p}.5,"qty":${q}.00000001}`).join(',')}],"asks":[${asks.map(([p, q]) => `{"price":${p}.5,"qty":${q}.00000001}`).join(',')}],"checksum":${checksum},"timestamp":"2026-11-22T00:00:00.000000Z"}]}`,
    ),
  // Other Spot v2 / Futures v1 shapes with random payloads.
  fc
    .record({
      channel: fc.constantFrom('ticker', 'trade', 'ohlc', 'executions', 'balances', 'status', 'heartbeat', 'level3'),
      type: fc.constantFrom('snapshot', 'update'),
      data: fc.anything(),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .record({
      method: fc.constantFrom('subscribe', 'add_order', 'pong', 'unsubscribe'),
      req_id: fc.oneof(fc.integer(), fc.string()),
      success: fc.anything(),
      result: fc.anything(),
      error: fc.anything(),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .record({
      feed: fc.constantFrom('book', 'book_snapshot', 'ticker', 'trade', 'open_orders', 'fills', 'heartbeat'),
      product_id: fc.constantFrom('PF_XBTUSD', 'PI_XBTUSD', ''),
      seq: fc.anything(),
      side: fc.anything(),
      price: fc.anything(),
      qty: fc.anything(),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .record({
      event: fc.constantFrom('info', 'subscribed', 'error', 'alert', 'challenge', 'unsubscribed'),
      message: fc.anything(),
    })
    .map((value) => JSON.stringify(value)),
  // JSON that is not an object at all, and random JSON.
  fc.constantFrom('null', '0', '-1', 'true', '"text"', '[]', '[null]', '{}', '""', '1e400'),
  fc.json({ maxDepth: 3 }),
]
const validSample =
  '{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":95000.1,"qty":0.10000000}],"asks":[],"checksum":123,"timestamp":"2026-11-22T00:00:00.000000Z"}]}'

/** One hostile frame: random text, a truncated or corrupted valid frame, a hostile shape, or binary bytes. */
const frame: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(...shapes) },
  { weight: 2, arbitrary: fc.oneof(...shapes).chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut))) },
  { weight: 1, arbitrary: fc.nat(validSample.length).map((cut) => validSample.slice(0, cut)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
)

/** The deterministic list of frames every client receives, plus a few huge ones. */
function frames(): Array<string | Uint8Array> {
  const list: Array<string | Uint8Array> = fc.sample(frame, { numRuns: FRAMES, seed: 20261122 })
  list.push('['.repeat(HUGE), `{"channel":"book","type":"update","data":[${'{"symbol":"BTC/USD"},'.repeat(HUGE / 22)}`)
  list.push(`{"channel":"ticker","type":"update","data":[{"symbol":"${'X'.repeat(HUGE)}"}]}`)
  return list
}

async function blast(marker: string): Promise<number> {
  const list = frames()
  const [socket] = sockets
  if (!socket) throw new Error('no client connected')
  for (const [index, item] of list.entries()) {
    socket.send(item)
    // Let the client keep up (and the socket drain) instead of queueing megabytes.
    if (index % 200 === 199) await new Promise((resolve) => setImmediate(resolve))
  }
  socket.send(marker)
  figures.framesFuzzed += list.length
  return list.length
}

function summarize(errors: KrakenError[]): string {
  const counts = new Map<string, number>()
  for (const error of errors) counts.set(error.code, (counts.get(error.code) ?? 0) + 1)
  return [...counts].map(([code, count]) => `${code}×${count}`).join(', ')
}

async function disconnectAll(): Promise<void> {
  for (const socket of sockets) socket.terminate()
  await waitFor(() => sockets.size === 0, 'the server sockets to close')
}

describe('random / truncated / huge frames to every WS client', () => {
  it('SpotWsClient: error events, no crash, still delivers the next valid frame', async () => {
    const client = new SpotWsClient({ url, maxReconnects: 0, pingInterval: 60_000 })
    const errors: KrakenError[] = []
    let done = false
    client.on('error', (error) => void errors.push(error))
    client.on('message', (message) => {
      if ((message as { marker?: string }).marker === 'spot-done') done = true
    })
    await client.connect()
    await client.subscribe({ channel: 'book', symbol: ['BTC/USD'], depth: 10 })
    await blast('{"channel":"heartbeat","marker":"spot-done"}')
    await waitFor(() => done, 'the valid frame after the fuzz', 3_000)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((error) => typeof error.code === 'string')).toBe(true)
    expect(unhandled + uncaught).toBe(0)
    figures.errorEvents.SpotWsClient = errors.length
    await client.close()
    await disconnectAll()
  }, 60_000)

  it('SpotOrderBookClient: error events (its SpotWsClient), resyncs on bad books, no crash, still delivers', async () => {
    const client = new SpotOrderBookClient({
      url,
      depth: 10,
      pairs: ['BTC/USD', 'ETH/USD'],
      maxResyncs: 1_000_000,
      resyncDelay: 0,
      wsOptions: { maxReconnects: 0, pingInterval: 60_000 },
    })
    const errors: KrakenError[] = []
    let done = false
    let bookErrors = 0
    client.on('error', (error) => {
      bookErrors++
      errors.push(error)
    })
    // Malformed frames are reported by the SpotWsClient underneath (`client.ws`), checksum failures by `resync`.
    client.ws.on('error', (error) => void errors.push(error))
    client.ws.on('message', (message) => {
      if ((message as { marker?: string }).marker === 'book-done') done = true
    })
    await client.connect()
    await blast('{"channel":"heartbeat","marker":"book-done"}')
    await waitFor(() => done, 'the valid frame after the fuzz', 3_000)
    expect(errors.length).toBeGreaterThan(0)
    expect(unhandled + uncaught).toBe(0)
    expect(client.resyncs).toBeGreaterThan(0)
    figures.errorEvents.SpotOrderBookClient = errors.length
    figures.errorEvents.SpotOrderBookClientOwn = bookErrors
    figures.errorEvents.SpotOrderBookClientResyncs = client.resyncs
    await client.close()
    await disconnectAll()
  }, 60_000)

  it('FuturesWsClient: error events, no crash, still delivers the next valid frame', async () => {
    const client = new FuturesWsClient({ url, maxReconnects: 0, pingInterval: 50_000 })
    const errors: KrakenError[] = []
    let done = false
    client.on('error', (error) => void errors.push(error))
    client.on('message', (message) => {
      if ((message as { marker?: string }).marker === 'futures-done') done = true
    })
    await client.connect()
    await client.subscribe({ feed: 'book', product_ids: ['PF_XBTUSD'] })
    const closes: string[] = []
    client.on('close', (info) => void closes.push(JSON.stringify(info)))
    await blast('{"feed":"heartbeat","time":1,"marker":"futures-done"}')
    await waitFor(
      () => done || crashes.length > 0,
      () => `the valid frame after the fuzz (errors: ${summarize(errors)}; closes: ${closes.join(', ')})`,
      3_000,
    )
    expect(errors.length).toBeGreaterThan(0)
    expect(crashes).toEqual([])
    figures.errorEvents.FuturesWsClient = errors.length
    await client.close()
    await disconnectAll()
  }, 60_000)
})
