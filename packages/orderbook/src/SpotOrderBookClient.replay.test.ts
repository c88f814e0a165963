import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'
import { fixtureFrames } from './__fixtures__/fixtureFrames.js'
import { OrderBook } from './OrderBook.js'
import { parseBookFrame } from './parseBookFrame.js'
import { SpotOrderBookClient } from './SpotOrderBookClient.js'

// Kraken's own recorded stream (python-kraken-sdk fixture, 510 frames) served by a tiny WS v2 server on 127.0.0.1:
// every subscribe is acked like Kraken does and answered with the whole stream. The first stream carries one
// corrupted checksum (frame 200); the client must resync by itself and end with the recorded final book.
const frames = fixtureFrames()
const CORRUPT_AT = 200
let server: WebSocketServer
let url = ''
let subscribes = 0
let unsubscribes = 0

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const request = JSON.parse(String(data)) as { method: string; params?: { depth?: number }; req_id?: number }
      const now = new Date().toISOString()
      const ack = (method: string) =>
        JSON.stringify({
          method,
          req_id: request.req_id,
          result: { channel: 'book', depth: request.params?.depth ?? 10, snapshot: true, symbol: 'BTC/USD' },
          success: true,
          time_in: now,
          time_out: now,
        })
      if (request.method === 'ping')
        socket.send(JSON.stringify({ method: 'pong', req_id: request.req_id, time_in: now, time_out: now }))
      if (request.method === 'unsubscribe') {
        unsubscribes++
        socket.send(ack('unsubscribe'))
      }
      if (request.method !== 'subscribe') return
      subscribes++
      socket.send(ack('subscribe'))
      frames.forEach((frame, index) => {
        const corrupt = subscribes === 1 && index === CORRUPT_AT
        socket.send(
          corrupt ? frame.replace(/"checksum":(\d+)/, (_m, n: string) => `"checksum":${(Number(n) + 1) >>> 0}`) : frame,
        )
      })
    })
  })
})

afterAll(async () => {
  for (const client of server.clients) client.terminate()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('SpotOrderBookClient replaying Kraken’s recorded stream (local ws server)', () => {
  it('verifies all frames, resyncs once on the corrupted one and ends with the recorded book', async () => {
    const expected = new OrderBook({ depth: 10 })
    for (const frame of frames) expected.apply(parseBookFrame(frame)!)
    const client = new SpotOrderBookClient({ url, depth: 10, pairs: ['BTC/USD'], resyncDelay: 5 })
    const resyncs: string[] = []
    let updates = 0
    client.on('resync', (_pair, reason) => resyncs.push(reason))
    client.on('update', () => void updates++)
    try {
      await client.connect()
      for (let i = 0; i < 500 && updates < CORRUPT_AT + frames.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      const book = client.get('BTC/USD')!
      expect(resyncs).toHaveLength(1)
      expect(resyncs[0]).toMatch(/checksum mismatch on update/)
      expect(unsubscribes).toBe(1)
      expect(subscribes).toBe(2)
      expect(book.valid).toBe(true)
      expect(book.toJSON()).toEqual(expected.toJSON())
      // 200 good frames before the corrupted one, then the whole second stream.
      expect(updates).toBe(CORRUPT_AT + frames.length)
    } finally {
      await client.close()
    }
  })
})
