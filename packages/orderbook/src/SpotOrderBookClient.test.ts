import { KrakenChecksumError, KrakenValidationError } from '@k/errors'
import { SpotWsClient } from '@k/spot-ws'
import { type Simulator, startSimulator } from '@k/testkit'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderBook } from './OrderBook.js'
import { type BookUpdateMessage, SpotOrderBookClient } from './SpotOrderBookClient.js'

let sim: Simulator
const clients: SpotOrderBookClient[] = []

beforeAll(async () => {
  sim = await startSimulator({ tickMs: 20 })
})

afterAll(async () => {
  for (const client of clients) await client.close()
  await sim.close()
})

function newClient(options: ConstructorParameters<typeof SpotOrderBookClient>[0], query = ''): SpotOrderBookClient {
  const client = new SpotOrderBookClient({
    url: `${sim.wsUrl}${query}`,
    resyncDelay: 5,
    wsOptions: { initialBackoff: 20, maxBackoff: 100, maxReconnects: 50 },
    ...options,
  })
  clients.push(client)
  return client
}

/** Polls (bounded) until `check` returns true. */
async function waitFor(check: () => boolean | Promise<boolean>, what: string, attempts = 1000): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${what}`)
}

type DepthResult = { result: Record<string, { bids: [string, string, number][]; asks: [string, string, number][] }> }

/** The server's book via REST Depth (Kraken caps count at 500). */
async function serverBook(pair: string, depth: number): Promise<{ bids: string[][]; asks: string[][] }> {
  const response = await fetch(
    `${sim.url}/0/public/Depth?pair=${encodeURIComponent(pair)}&count=${Math.min(depth, 500)}`,
  )
  const body = (await response.json()) as DepthResult
  const book = Object.values(body.result)[0]!
  return { bids: book.bids.map(([p, q]) => [p, q]), asks: book.asks.map(([p, q]) => [p, q]) }
}

/** True when the client's book equals the server's right now (the market moves every 20 ms, so callers poll). */
async function equalsServer(book: OrderBook | undefined, pair: string, depth: number): Promise<boolean> {
  if (!book?.valid) return false
  const server = await serverBook(pair, depth)
  const n = Math.min(depth, 500)
  return (
    JSON.stringify(book.bids(n)) === JSON.stringify(server.bids) &&
    JSON.stringify(book.asks(n)) === JSON.stringify(server.asks)
  )
}

describe('SpotOrderBookClient against kraken-sim', () => {
  it('keeps several pairs valid on every message and equal to the server’s book', async () => {
    const messages: Array<[string, BookUpdateMessage]> = []
    const client = newClient({
      depth: 10,
      pairs: ['BTC/USD', 'ETH/USD'],
      callback: (p, m) => void messages.push([p, m]),
    })
    const updates = new Map<string, number>()
    const invalid: string[] = []
    client.on('update', (pair, book) => {
      updates.set(pair, (updates.get(pair) ?? 0) + 1)
      if (!book.valid) invalid.push(pair)
    })
    await client.connect()
    expect(client.depth).toBe(10)
    await waitFor(() => (updates.get('BTC/USD') ?? 0) > 40 && (updates.get('ETH/USD') ?? 0) > 40, '40 updates per pair')
    expect(invalid).toEqual([])
    expect(client.resyncs).toBe(0)
    expect(messages.some(([, m]) => 'type' in m && m.type === 'snapshot')).toBe(true)
    await waitFor(() => equalsServer(client.get('BTC/USD'), 'BTC/USD', 10), 'BTC/USD equal to the server', 200)
    await waitFor(() => equalsServer(client.get('ETH/USD'), 'ETH/USD', 10), 'ETH/USD equal to the server', 200)
    await client.removeBook(['ETH/USD'])
    expect(client.get('ETH/USD')).toBeUndefined()
    expect(client.pairs).toEqual(['BTC/USD'])
    await client.close()
  })

  it.each([10, 25, 100, 500, 1000] as const)(
    'depth %i: books valid, truncated to the depth, equal to the server',
    async (depth) => {
      const client = newClient({ depth, pairs: ['BTC/USD', 'XRP/USD'] })
      let updates = 0
      client.on('update', () => void updates++)
      await client.connect()
      await waitFor(() => updates > 30, '30 updates')
      const book = client.get('BTC/USD')!
      expect(book.valid).toBe(true)
      expect(book.bidCount).toBe(depth)
      expect(book.askCount).toBe(depth)
      await waitFor(() => equalsServer(client.get('BTC/USD'), 'BTC/USD', depth), 'equal to the server', 200)
      await waitFor(() => equalsServer(client.get('XRP/USD'), 'XRP/USD', depth), 'equal to the server', 200)
      expect(client.resyncs).toBe(0)
      await client.close()
    },
  )

  it('resyncs once per injected checksum corruption and ends equal to the server', async () => {
    const every = 20
    const client = newClient(
      { depth: 25, pairs: ['BTC/USD', 'ETH/USD', 'DOGE/USD'] },
      `?corruptChecksumEveryN=${every}`,
    )
    // Independent count of the corrupted frames the client had to act on: every Nth book frame on the connection
    // (snapshots included), unless it was an update for a book already waiting for its new snapshot.
    let frames = 0
    let expected = 0
    client.ws.on('open', () => {
      frames = 0
    })
    client.ws.on('raw', (raw) => {
      if (!raw.startsWith('{"channel":"book"')) return
      frames++
      if (frames % every !== 0) return
      const pair = /"symbol":"([^"]+)"/.exec(raw)?.[1] ?? ''
      if (raw.includes('"type":"snapshot"') || client.get(pair)?.valid) expected++
    })
    const reasons: string[] = []
    client.on('resync', (_pair, reason) => reasons.push(reason))
    await client.connect()
    await waitFor(() => client.resyncs >= 6, '6 resyncs')
    expect(client.resyncs).toBe(expected)
    expect(reasons[0]).toMatch(/checksum mismatch/)
    for (const pair of ['BTC/USD', 'ETH/USD', 'DOGE/USD']) {
      await waitFor(() => equalsServer(client.get(pair), pair, 25), `${pair} equal to the server`, 200)
    }
    await client.close()
    expect(client.resyncs).toBe(expected)
  })

  it('rebuilds every book from the new snapshots after dropped connections', async () => {
    const client = newClient({ depth: 100, pairs: ['BTC/USD', 'ETH/USD'] }, '?dropEveryN=120')
    let reconnects = 0
    client.ws.on('reconnected', () => void reconnects++)
    await client.connect()
    await waitFor(() => reconnects >= 2, '2 reconnects')
    for (const pair of ['BTC/USD', 'ETH/USD']) {
      await waitFor(() => equalsServer(client.get(pair), pair, 100), `${pair} equal to the server`, 200)
    }
    expect(client.resyncs).toBe(0)
    await client.close()
  })

  it('property: random depths, pairs and fault rates (corrupt + drop) always end equal to the server’s books', async () => {
    const pairsArb = fc.subarray(['BTC/USD', 'ETH/USD', 'XRP/USD', 'DOGE/USD', 'ETH/BTC'], {
      minLength: 1,
      maxLength: 3,
    })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(10, 25, 100, 500, 1000),
        pairsArb,
        fc.integer({ min: 5, max: 25 }),
        fc.integer({ min: 40, max: 150 }),
        async (depth, pairs, corruptEvery, dropEvery) => {
          const client = newClient({ depth, pairs }, `?corruptChecksumEveryN=${corruptEvery}&dropEveryN=${dropEvery}`)
          let reconnects = 0
          client.ws.on('reconnected', () => void reconnects++)
          await client.connect()
          // A long stream: past at least one dropped connection and several corruptions.
          await waitFor(() => reconnects >= 1 && client.resyncs >= 2, 'faults to happen', 2000)
          for (const pair of pairs) {
            await waitFor(() => equalsServer(client.get(pair), pair, depth), `${pair} equal to the server`, 300)
          }
          await client.close()
        },
      ),
      { numRuns: 4 },
    )
  }, 120_000)

  it('gives up after maxResyncs consecutive failures with KrakenChecksumError', async () => {
    const client = newClient({ depth: 10, pairs: ['BTC/USD'], maxResyncs: 2 }, '?corruptChecksumEveryN=1')
    const errors: unknown[] = []
    const notices: BookUpdateMessage[] = []
    client.on('error', (error) => errors.push(error))
    client.onBookUpdate = (_pair, message) => void notices.push(message)
    await client.connect()
    await waitFor(() => errors.length > 0, 'the checksum error')
    expect(errors[0]).toBeInstanceOf(KrakenChecksumError)
    expect(client.resyncs).toBe(2)
    expect(client.get('BTC/USD')?.valid).toBe(false)
    expect(notices.filter((m) => 'error' in m)).toHaveLength(2)
    await client.close()
  })

  it('shares one SpotWsClient between clients of different depths without closing it', async () => {
    const ws = new SpotWsClient({ url: sim.wsUrl })
    try {
      await ws.connect()
      const shallow = newClient({ ws, depth: 10, pairs: ['BTC/USD'] })
      const deep = newClient({ ws, depth: 100, pairs: ['ETH/USD'] })
      let deepUpdates = 0
      deep.on('update', () => void deepUpdates++)
      await shallow.connect()
      await deep.connect()
      await waitFor(() => deepUpdates > 10 && shallow.get('BTC/USD')?.valid === true, 'both books')
      expect(shallow.get('ETH/USD')).toBeUndefined()
      await shallow.close()
      const before = deepUpdates
      await waitFor(() => deepUpdates > before + 10, 'updates after the other client closed')
      expect(deep.get('ETH/USD')?.valid).toBe(true)
      await waitFor(() => equalsServer(deep.get('ETH/USD'), 'ETH/USD', 100), 'ETH/USD equal to the server', 200)
      await deep.close()
    } finally {
      await ws.close()
    }
  })

  it('validates its inputs before sending anything', async () => {
    expect(() => new SpotOrderBookClient({ depth: 50 as 10 })).toThrow(KrakenValidationError)
    const client = newClient({ depth: 10 })
    await expect(client.addBook([])).rejects.toThrow(/pairs/)
    await client.close()
  })
})
