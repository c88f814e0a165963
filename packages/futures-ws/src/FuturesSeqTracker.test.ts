import { type Simulator, startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FuturesSeqTracker } from './FuturesSeqTracker.js'
import { FuturesWsClient } from './FuturesWsClient.js'
import type { FuturesBookMessage, FuturesBookSnapshotMessage } from './messages/FuturesMarketMessages.js'

const snapshot = (seq: number, product_id = 'PF_XBTUSD'): FuturesBookSnapshotMessage => ({
  feed: 'book_snapshot',
  product_id,
  timestamp: 1,
  seq,
  tickSize: null,
  bids: [],
  asks: [],
})
const delta = (seq: number, product_id = 'PF_XBTUSD'): FuturesBookMessage => ({
  feed: 'book',
  product_id,
  side: 'buy',
  seq,
  price: 1,
  qty: 1,
  timestamp: 1,
})

describe('FuturesSeqTracker (pure)', () => {
  it('accepts consecutive seq, reports a gap once, and tracks products independently', () => {
    const tracker = new FuturesSeqTracker()
    expect(tracker.check(delta(5))).toEqual({ ok: false, productId: 'PF_XBTUSD', expected: Number.NaN, received: 5 })
    expect(tracker.check(snapshot(10))).toEqual({ ok: true, productId: 'PF_XBTUSD', seq: 10 })
    expect(tracker.check(snapshot(100, 'PI_XBTUSD')).ok).toBe(true)
    expect(tracker.check(delta(11)).ok).toBe(true)
    expect(tracker.check(delta(101, 'PI_XBTUSD')).ok).toBe(true)
    expect(tracker.check(delta(13))).toEqual({ ok: false, productId: 'PF_XBTUSD', expected: 12, received: 13 })
    expect(tracker.check(delta(14)).ok).toBe(true)
    expect(tracker.check({ event: 'info', version: 1 }).ok).toBe(true)
    tracker.reset('PF_XBTUSD')
    expect(tracker.last('PF_XBTUSD')).toBeUndefined()
    expect(tracker.last('PI_XBTUSD')).toBe(101)
  })
})

describe('FuturesSeqTracker against kraken-sim', () => {
  let sim: Simulator
  let client: FuturesWsClient
  beforeAll(async () => {
    sim = await startSimulator({ seed: 11, tickMs: 30 })
    client = new FuturesWsClient({ url: `${sim.futuresWsUrl}?skipFuturesSeqEveryN=25` })
    await client.connect()
  })
  afterAll(async () => {
    await client.close()
    await sim.close()
  })

  it('detects the gaps of skipFuturesSeqEveryN and is whole again after resubscribing', async () => {
    const tracker = new FuturesSeqTracker()
    const gaps: Array<{ expected: number; received: number }> = []
    let books = 0
    let resolveGaps!: () => void
    const enough = new Promise<void>((resolve) => {
      resolveGaps = resolve
    })
    client.on('message', (message) => {
      if ('feed' in message && (message.feed === 'book' || message.feed === 'book_snapshot')) books += 1
      const check = tracker.check(message)
      if (!check.ok) {
        gaps.push({ expected: check.expected, received: check.received })
        if (gaps.length === 3) resolveGaps()
      }
    })
    await client.subscribe({ feed: 'book', product_ids: ['PF_ETHUSD'] })
    await enough
    for (const gap of gaps) expect(gap.received).toBe(gap.expected + 1)
    expect(books).toBeGreaterThanOrEqual(75)
    // Resync: unsubscribe, subscribe again → a new snapshot restarts the sequence.
    await client.unsubscribe({ feed: 'book', product_ids: ['PF_ETHUSD'] })
    tracker.reset('PF_ETHUSD')
    const resynced = new Promise<number>((resolve) => {
      const off = client.on('message', (message) => {
        if ('feed' in message && message.feed === 'book_snapshot') {
          off()
          resolve(message.seq)
        }
      })
    })
    await client.subscribe({ feed: 'book', product_ids: ['PF_ETHUSD'] })
    expect(tracker.last('PF_ETHUSD')).toBe(await resynced)
  })
})
