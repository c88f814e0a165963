import { readFileSync } from 'node:fs'
import { OrderBook, parseBookFrame } from '@k/orderbook'
import ccxt from 'ccxt'
import { Bench } from 'tinybench'
import type { BenchOptions, BenchTable } from './BenchTable.js'

type FixtureLevel = { price: number; qty: number }
type FixtureMessage = {
  type: 'snapshot' | 'update'
  data: [{ symbol: string; bids: FixtureLevel[]; asks: FixtureLevel[]; checksum: number; timestamp?: string }]
}

// The 510-message BTC/USD depth-10 stream recorded by python-kraken-sdk (Apache-2.0, see the NOTICE.md beside it),
// written back as Kraken's raw frames: prices with 1 decimal, quantities with 8 (trailing zeros kept, as Kraken sends).
function loadFrames(): string[] {
  const url = new URL('../../../packages/orderbook/src/__fixtures__/book.btc-usd.510.json', import.meta.url)
  const file = JSON.parse(readFileSync(url, 'utf8')) as { init: FixtureMessage; updates: FixtureMessage[] }
  const side = (levels: FixtureLevel[]) =>
    levels.map((l) => `{"price":${l.price.toFixed(1)},"qty":${l.qty.toFixed(8)}}`).join(',')
  return [file.init, ...file.updates].map((m) => {
    const d = m.data[0]
    const ts = d.timestamp === undefined ? '' : `,"timestamp":"${d.timestamp}"`
    const text = `{"channel":"book","type":"${m.type}","data":[{"symbol":"${d.symbol}","bids":[${side(d.bids)}],"asks":[${side(d.asks)}],"checksum":${d.checksum}${ts}}]}`
    // Decoded from bytes like a WebSocket frame: a flat string (concatenation would leave a rope).
    return Buffer.from(text, 'utf8').toString('utf8')
  })
}

type CcxtKraken = {
  orderbooks: Record<string, unknown>
  handleOrderBook(client: unknown, message: unknown): void
}

function newCcxt(): { exchange: CcxtKraken; client: unknown } {
  const exchange = new ccxt.pro.kraken() as unknown as CcxtKraken
  // handleOrderBook only needs client.resolve/reject and client.subscriptions (checksum is off by default).
  const client = { subscriptions: {}, resolve: () => {}, reject: () => {} }
  return { exchange, client }
}

/**
 * Process CPU time in ms (user + system, all threads, so GC work counts). On a shared machine wall time also counts
 * the time other processes held the CPU, which swamps the differences measured here; CPU time does not.
 */
function cpuNow(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

function depth1000Frame(): string {
  const levels = (from: number, step: number) =>
    Array.from(
      { length: 1000 },
      (_, i) => `{"price":${(from + step * i).toFixed(1)},"qty":${(0.5 + i / 1000).toFixed(8)}}`,
    ).join(',')
  return `{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[${levels(29000, -0.1)}],"asks":[${levels(29000.1, 0.1)}]}]}`
}

function measureMemory(): { k: number; ccxt: number } | undefined {
  if ((globalThis as { gc?: unknown }).gc === undefined) return undefined
  let frame: string | undefined = depth1000Frame()
  const parsed = JSON.parse(frame)
  // Warm both libraries first (lazy caches, first-use allocations), so only the book itself is measured.
  const { exchange, client } = newCcxt()
  exchange.handleOrderBook(client, { ...parsed, data: [{ ...parsed.data[0], symbol: 'WARM/UP' }] })
  new OrderBook({ depth: 1000 }).apply(parseBookFrame(frame)!)
  // Eight books per measurement (heap deltas of a single ~200 KiB object graph are noisy), median of three.
  const perMeasurement = 8
  const samples: { k: number; ccxt: number }[] = []
  const books: unknown[] = []
  for (let round = 0; round < 3; round++) {
    const before = heapUsed()
    for (let i = 0; i < perMeasurement; i++) {
      const book = new OrderBook({ depth: 1000 })
      book.apply(parseBookFrame(frame)!)
      if (book.bidCount !== 1000 || book.askCount !== 1000) throw new Error('depth-1000 book not built')
      books.push(book)
    }
    const k = (heapUsed() - before) / perMeasurement
    const beforeCcxt = heapUsed()
    for (let i = 0; i < perMeasurement; i++) {
      exchange.handleOrderBook(client, { ...parsed, data: [{ ...parsed.data[0], symbol: `BTC/USD${round}.${i}` }] })
    }
    const ccxt = (heapUsed() - beforeCcxt) / perMeasurement
    samples.push({ k, ccxt })
  }
  frame = undefined
  // Every book stays alive until the end, so none is collected during a later measurement.
  const median = (values: number[]) => values.sort((a, b) => a - b)[1]!
  if (books.length !== 3 * perMeasurement) throw new Error('unreachable')
  return { k: median(samples.map((s) => s.k)), ccxt: median(samples.map((s) => s.ccxt)) }
}

/**
 * Per-message cost of keeping a Kraken WS v2 book over the 510-message BTC/USD stream: the JSON.parse floor, @k
 * (raw frame → parseBookFrame → OrderBook with the checksum verified on every message), @k from parsed objects plus
 * precisions, and ccxt pro's `kraken.handleOrderBook` (checksum off, its default). Also heap of a depth-1000 book.
 */
export async function runBookBench(options: BenchOptions): Promise<BenchTable> {
  const frames = loadFrames()
  const count = frames.length
  const parsed = frames.map((f) => JSON.parse(f) as { type: 'snapshot' | 'update'; channel: 'book'; data: [] })

  // Correctness first: every checksum of the stream must match on both @k paths.
  const check = new OrderBook({ depth: 10 })
  const checkParsed = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
  for (let i = 0; i < count; i++) {
    if (!check.apply(parseBookFrame(frames[i]!)!)) throw new Error(`checksum mismatch at message ${i}`)
    if (!checkParsed.apply(parsed[i]!)) throw new Error(`checksum mismatch (parsed) at message ${i}`)
  }

  let sink: unknown
  // One exchange object (its construction is not per message); each pass starts with the snapshot, as @k's does.
  const shared = newCcxt()
  const tasks: Array<[string, () => void]> = [
    [
      'floor: JSON.parse',
      () => {
        for (let i = 0; i < count; i++) sink = JSON.parse(frames[i]!)
      },
    ],
    [
      '@k: parseBookFrame + applyUpdate (checksum on)',
      () => {
        const book = new OrderBook({ depth: 10 })
        for (let i = 0; i < count; i++) sink = book.apply(parseBookFrame(frames[i]!)!)
      },
    ],
    [
      '@k: OrderBook.applyUpdate from parsed + precision',
      () => {
        const book = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
        for (let i = 0; i < count; i++) sink = book.apply(parsed[i]!)
      },
    ],
    [
      'ccxt: handleOrderBook (checksum off)',
      () => {
        const { exchange, client } = shared
        for (let i = 0; i < count; i++) exchange.handleOrderBook(client, parsed[i])
        sink = exchange.orderbooks
      },
    ],
    [
      'ccxt: JSON.parse + handleOrderBook (checksum off)',
      () => {
        const { exchange, client } = shared
        for (let i = 0; i < count; i++) exchange.handleOrderBook(client, JSON.parse(frames[i]!))
        sink = exchange.orderbooks
      },
    ],
  ]
  // Several short rounds of all tasks, keeping each task's best round: on a shared machine a load spike during one
  // task would otherwise skew the ratios between tasks that ran at different moments.
  const rounds = options.quick ? 3 : 7
  const perMessageNs = new Map<string, number>()
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: options.quick ? 150 : 400, warmupTime: options.quick ? 50 : 100, now: cpuNow })
    for (const [name, fn] of tasks) bench.add(name, fn)
    await bench.run()
    for (const task of bench.tasks) {
      const result = task.result
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
      const ns = (result.latency.mean * 1e6) / count
      perMessageNs.set(task.name, Math.min(perMessageNs.get(task.name) ?? Number.POSITIVE_INFINITY, ns))
    }
  }
  if (sink === 0) throw new Error('unreachable')

  const ns = (name: string) => perMessageNs.get(name)!
  const floor = ns('floor: JSON.parse')
  const kRaw = ns('@k: parseBookFrame + applyUpdate (checksum on)')
  const ccxtFull = ns('ccxt: JSON.parse + handleOrderBook (checksum off)')
  const row = (name: string, note?: string) => ({
    name,
    meanNs: Math.round(ns(name)),
    opsPerSec: Math.round(1e9 / ns(name)),
    ratio: `${(ns(name) / floor).toFixed(2)}× floor`,
    ...(note === undefined ? {} : { note }),
  })
  const rows: BenchTable['rows'] = [
    row('floor: JSON.parse', 'per message, nothing kept'),
    row('@k: parseBookFrame + applyUpdate (checksum on)', 'raw frame in, exact text, CRC32 on all 510'),
    row('@k: OrderBook.applyUpdate from parsed + precision', 'parse not included; CRC32 on all 510'),
    row('ccxt: handleOrderBook (checksum off)', 'parse not included; no checksum'),
    row('ccxt: JSON.parse + handleOrderBook (checksum off)', 'what ccxt does per frame'),
  ]
  const memory = measureMemory()
  if (memory) {
    rows.push({
      name: 'memory: @k depth-1000 book (2 × 1000 levels)',
      note: `${(memory.k / 1024).toFixed(0)} KiB heap`,
    })
    rows.push({ name: 'memory: ccxt depth-1000 book', note: `${(memory.ccxt / 1024).toFixed(0)} KiB heap` })
  } else rows.push({ name: 'memory: depth-1000 book', note: 'skipped: run node with --expose-gc' })

  const vsFloor = kRaw / floor
  const vsCcxt = ccxtFull / kRaw
  return {
    settings: {
      messages: count,
      depth: 10,
      rounds,
      msPerTaskPerRound: options.quick ? 150 : 400,
      statistic: 'best round mean per task',
      clock: 'process CPU time (user + system)',
      ccxt: '4.5.84, checksum off (its default)',
    },
    title: `Order book: per message over the 510-message BTC/USD stream (${count} frames, depth 10; best of ${rounds} rounds)`,
    rows,
    target: '@k parse + apply + checksum ≤ 1.5× JSON.parse; ≥ 2× ccxt throughput',
    verdict: `@k = ${vsFloor.toFixed(2)}× JSON.parse (${vsFloor <= 1.5 ? 'met' : 'NOT met'}); ${vsCcxt.toFixed(1)}× ccxt throughput (${vsCcxt >= 2 ? 'met' : 'NOT met'})`,
  }
}
