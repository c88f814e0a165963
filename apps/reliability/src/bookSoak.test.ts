import type { KrakenError } from '@k/errors'
import { SpotOrderBookClient } from '@k/orderbook'
import { getSpotMarket, type Simulator, startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordFigures } from './internal/_recordFigures.js'
import { waitFor } from './internal/_waitFor.js'

// Book soak: several SpotOrderBookClients on six pairs against a private kraken-sim whose connections drop every N
// frames and corrupt every Mth book checksum. The market only moves when this test calls `market.step()` (the
// sim's own timer is set to an hour), so a "quiet point" is exact: stop stepping, let every frame arrive (a
// ping/pong round trip on the same ordered socket), then every client's book must equal the server's.

const PAIRS = ['BTC/USD', 'ETH/USD', 'XRP/USD', 'DOGE/USD', 'ETH/BTC', 'BTC/EUR']
const TARGET_MESSAGES = 50_000
const MAX_ROUNDS = 80
const STEPS_PER_ROUND = 100

type Watched = {
  name: string
  client: SpotOrderBookClient
  depth: 10 | 25 | 100
  every: number
  /** Book frames received (all connections). */
  messages: number
  /** Book frames on the current connection: the sim's per-connection corruption counter. */
  framesOnConnection: number
  corruptedDelivered: number
  /** Corruptions the client had to act on (a snapshot, or an update to a valid book): must equal its resyncs. */
  expectedResyncs: number
  awaiting: Map<string, boolean>
  reconnects: number
  errors: KrakenError[]
  pongs: Set<number>
}

let sim: Simulator
let restore = () => {}
const watched: Watched[] = []

function watch(name: string, depth: 10 | 25 | 100, query: { dropEveryN?: number; corrupt?: number }): Watched {
  const search = new URLSearchParams()
  if (query.dropEveryN) search.set('dropEveryN', String(query.dropEveryN))
  if (query.corrupt) search.set('corruptChecksumEveryN', String(query.corrupt))
  const client = new SpotOrderBookClient({
    url: `${sim.wsUrl}?${search}`,
    depth,
    pairs: PAIRS,
    // Never give up during the soak: every corruption must be healed by a resync.
    maxResyncs: 1_000,
    resyncDelay: 5,
    wsOptions: { initialBackoff: 10, maxBackoff: 50, maxReconnects: 10_000, pingInterval: 60_000 },
  })
  const entry: Watched = {
    name,
    client,
    depth,
    every: query.corrupt ?? 0,
    messages: 0,
    framesOnConnection: 0,
    corruptedDelivered: 0,
    expectedResyncs: 0,
    awaiting: new Map(PAIRS.map((pair) => [pair, true])),
    reconnects: 0,
    errors: [],
    pongs: new Set(),
  }
  // An independent model of what the sim did, from the frames themselves (not from the client's state).
  client.ws.on('open', () => {
    entry.framesOnConnection = 0
    for (const pair of PAIRS) entry.awaiting.set(pair, true)
  })
  client.ws.on('reconnected', () => void entry.reconnects++)
  client.ws.on('raw', (raw) => {
    if (raw.startsWith('{"method":"pong"')) {
      const id = /"req_id":(\d+)/.exec(raw)?.[1]
      if (id) entry.pongs.add(Number(id))
      return
    }
    if (!raw.startsWith('{"channel":"book"')) return
    entry.messages++
    entry.framesOnConnection++
    const corrupt = entry.every > 0 && entry.framesOnConnection % entry.every === 0
    const pair = /"symbol":"([^"]+)"/.exec(raw)?.[1] ?? ''
    const snapshot = raw.includes('"type":"snapshot"')
    if (corrupt) entry.corruptedDelivered++
    if (snapshot) {
      if (corrupt) entry.expectedResyncs++
      entry.awaiting.set(pair, corrupt)
    } else if (entry.awaiting.get(pair) === false && corrupt) {
      entry.expectedResyncs++
      entry.awaiting.set(pair, true)
    }
  })
  client.on('error', (error) => void entry.errors.push(error))
  watched.push(entry)
  return entry
}

let pingId = 1_000_000

/** Resolves when a pong for a ping sent now arrives (false if the socket dropped meanwhile). */
async function roundTrip(entry: Watched): Promise<boolean> {
  const id = pingId++
  try {
    await entry.client.ws.send({ method: 'ping', req_id: id })
  } catch {
    return false
  }
  for (let attempt = 0; attempt < 200; attempt++) {
    if (entry.pongs.has(id)) return true
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return false
}

function serverTop(pair: string, depth: number): { bids: string[][]; asks: string[][] } {
  const market = getSpotMarket(sim.state)
  const book = market.book(market.findPair(pair)!, depth)
  return {
    bids: book.bids.map((level) => [level.price, level.qty]),
    asks: book.asks.map((level) => [level.price, level.qty]),
  }
}

function equalsServer(entry: Watched, pair: string): boolean {
  const book = entry.client.get(pair)
  if (!book?.valid) return false
  const server = serverTop(pair, entry.depth)
  return (
    JSON.stringify(book.bids(entry.depth)) === JSON.stringify(server.bids) &&
    JSON.stringify(book.asks(entry.depth)) === JSON.stringify(server.asks)
  )
}

/** What differs, for the failure message. */
function explain(entry: Watched): string {
  const pairs = PAIRS.map((pair) => {
    const book = entry.client.get(pair)
    const server = serverTop(pair, entry.depth)
    return `${pair} valid=${book?.valid} bid=${book?.bids(1)[0]} vs ${server.bids[0]} ask=${book?.asks(1)[0]} vs ${server.asks[0]} equal=${equalsServer(entry, pair)}`
  })
  return `${pairs.join('; ')} messages=${entry.messages} pongs=${entry.pongs.size} reconnects=${entry.reconnects} resyncs=${entry.client.resyncs} expected=${entry.expectedResyncs} errors=${entry.errors.map((e) => e.message.split('\n')[0]).join(' | ')}`
}

/** A quiet point: no market steps; every frame delivered (ping barrier); every book equal to the server's. */
async function quiet(entry: Watched): Promise<void> {
  await waitFor(
    async () => (await roundTrip(entry)) && PAIRS.every((pair) => equalsServer(entry, pair)),
    () => `${entry.name}: every book equal to the server's (${explain(entry)})`,
    300,
    5,
  )
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, tickMs: 3_600_000, rateLimits: false })
})

afterAll(async () => {
  restore()
  for (const entry of watched) await entry.client.close()
  await sim.close()
})

describe('book soak under drop and checksum faults', () => {
  it(`≥ ${TARGET_MESSAGES} book messages on ${PAIRS.length} pairs: equal to the server at every quiet point, resyncs = corruptions`, async () => {
    const clients = [
      watch('drop+corrupt depth 10', 10, { dropEveryN: 1_500, corrupt: 97 }),
      watch('drop+corrupt depth 25', 25, { dropEveryN: 2_100, corrupt: 89 }),
      watch('drop+corrupt depth 100', 100, { dropEveryN: 3_100, corrupt: 113 }),
      watch('corrupt depth 10', 10, { corrupt: 61 }),
      watch('corrupt depth 100', 100, { corrupt: 71 }),
      watch('drop depth 100', 100, { dropEveryN: 2_300 }),
    ]
    await Promise.all(clients.map((entry) => entry.client.connect()))
    // Count, on the simulator's side, every book frame it decided to corrupt (its per-connection counter).
    const hub = sim.state.domains.get('spot-ws') as { sessions: Set<object> }
    const prototype = Object.getPrototypeOf([...hub.sessions][0]) as { nextBookIsCorrupt(): boolean }
    const original = prototype.nextBookIsCorrupt
    let simCorrupted = 0
    restore = () => {
      prototype.nextBookIsCorrupt = original
    }
    prototype.nextBookIsCorrupt = function (this: unknown) {
      const corrupt = original.call(this)
      if (corrupt) simCorrupted++
      return corrupt
    }
    const market = getSpotMarket(sim.state)
    let quietPoints = 0
    let steps = 0
    const total = () => clients.reduce((sum, entry) => sum + entry.messages, 0)
    for (let round = 0; round < MAX_ROUNDS && total() < TARGET_MESSAGES; round++) {
      for (let step = 0; step < STEPS_PER_ROUND; step++) {
        market.step()
        steps++
        // Let the sockets drain now and then instead of queueing a whole round in memory.
        if (step % 10 === 9) await new Promise((resolve) => setImmediate(resolve))
      }
      // kraken-sim's synthetic market drifts apart over many thousand ticks (see README): guard the premise.
      for (const pair of PAIRS) {
        const server = serverTop(pair, 10)
        expect(Number(server.bids.at(-1)?.[0]), `${pair} server prices stay positive`).toBeGreaterThan(0)
        expect(Number(server.bids[0]?.[0])).toBeLessThan(Number(server.asks[0]?.[0]))
      }
      for (const entry of clients) await quiet(entry)
      quietPoints++
    }
    restore()
    const delivered = clients.reduce((sum, entry) => sum + entry.corruptedDelivered, 0)
    // Frames written just before a connection was terminated can be lost with it, hence ≥.
    expect(simCorrupted).toBeGreaterThanOrEqual(delivered)
    for (const entry of clients) {
      expect(entry.errors, entry.name).toEqual([])
      expect(entry.client.resyncs, `${entry.name}: resyncs vs corruptions acted on`).toBe(entry.expectedResyncs)
    }
    expect(total()).toBeGreaterThanOrEqual(TARGET_MESSAGES)
    // The faults really happened.
    expect(clients[0]!.reconnects).toBeGreaterThan(0)
    expect(clients[2]!.reconnects).toBeGreaterThan(0)
    expect(clients[0]!.client.resyncs).toBeGreaterThan(0)
    expect(clients[1]!.client.resyncs).toBeGreaterThan(0)
    recordFigures('bookSoak', {
      pairs: PAIRS.length,
      clients: clients.length,
      marketSteps: steps,
      quietPoints,
      bookMessages: total(),
      checksumCorruptionsInjected: simCorrupted,
      checksumCorruptionsDelivered: delivered,
      checksumCorruptionsActedOn: clients.reduce((sum, entry) => sum + entry.expectedResyncs, 0),
      resyncs: clients.reduce((sum, entry) => sum + entry.client.resyncs, 0),
      connectionDrops: clients.reduce((sum, entry) => sum + entry.reconnects, 0),
      perClient: Object.fromEntries(clients.map((entry) => [entry.name, entry.messages])),
    })
  }, 120_000)
})
