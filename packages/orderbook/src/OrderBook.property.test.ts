import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bookChecksum } from './bookChecksum.js'
import { OrderBook } from './OrderBook.js'
import { parseBookFrame } from './parseBookFrame.js'
import type { BookLevel } from './types.js'

// A naive reference book: Map price → qty per side, sort + truncate after each message, checksum by concatenation.
class NaiveBook {
  bids = new Map<string, string>()
  asks = new Map<string, string>()
  constructor(readonly depth: number) {}
  apply(side: 'bids' | 'asks', levels: readonly BookLevel[]): void {
    const map = this[side]
    for (const [price, qty] of levels) {
      if (Number(qty) === 0) map.delete(price)
      else map.set(price, qty)
    }
  }
  sorted(side: 'bids' | 'asks'): BookLevel[] {
    const sign = side === 'bids' ? -1 : 1
    return [...this[side]].sort((a, b) => sign * (Number(a[0]) - Number(b[0])))
  }
  truncate(): void {
    for (const side of ['bids', 'asks'] as const) this[side] = new Map(this.sorted(side).slice(0, this.depth))
  }
  checksum(): number {
    return bookChecksum(this.sorted('asks'), this.sorted('bids'))
  }
}

const tick = (t: number) => `${Math.floor(t / 10)}.${t % 10}`
const lot = (q: number) => (q / 1e8).toFixed(8)
// Levels on a small price grid (collisions → updates and deletes), a third of them deletions.
const levelArb = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2e9 })))
const messageArb = fc.record({
  bids: fc.array(levelArb, { maxLength: 6 }),
  asks: fc.array(levelArb, { maxLength: 6 }),
})
const streamArb = fc.record({
  depth: fc.constantFrom(1, 3, 10, 25),
  snapshot: messageArb,
  updates: fc.array(messageArb, { minLength: 1, maxLength: 120 }),
})

function frame(type: 'snapshot' | 'update', bids: BookLevel[], asks: BookLevel[], checksum: number): string {
  const side = (levels: BookLevel[]) => levels.map(([p, q]) => `{"price":${p},"qty":${q}}`).join(',')
  return `{"channel":"book","type":"${type}","data":[{"symbol":"X/Y","bids":[${side(bids)}],"asks":[${side(asks)}],"checksum":${checksum}}]}`
}

describe('OrderBook property: equals a naive reference book on long random streams', () => {
  it('from raw frames (text) and from parsed numbers + precision, every checksum matches', () => {
    fc.assert(
      fc.property(streamArb, ({ depth, snapshot, updates }) => {
        const reference = new NaiveBook(depth)
        const text = new OrderBook({ depth })
        const numbers = new OrderBook({ depth, pricePrecision: 1, qtyPrecision: 8 })
        const messages = [snapshot, ...updates]
        messages.forEach((m, index) => {
          const type = index === 0 ? 'snapshot' : 'update'
          const bids = m.bids.map(([t, q]): BookLevel => [tick(t), lot(q)])
          const asks = m.asks.map(([t, q]): BookLevel => [tick(t), lot(q)])
          reference.apply('asks', asks)
          reference.apply('bids', bids)
          reference.truncate()
          const checksum = reference.checksum()
          const parsed = parseBookFrame(frame(type, bids, asks, checksum))
          expect(parsed && text.apply(parsed)).toBe(true)
          expect(numbers.apply(JSON.parse(frame(type, bids, asks, checksum)))).toBe(true)
        })
        expect(text.bids()).toEqual(reference.sorted('bids'))
        expect(text.asks()).toEqual(reference.sorted('asks'))
        expect(numbers.toJSON()).toEqual(text.toJSON())
        expect(text.valid).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('a corrupted checksum anywhere in the stream is detected on that message', () => {
    fc.assert(
      fc.property(streamArb, fc.nat(), fc.integer({ min: 1, max: 0xffffffff }), (stream, at, flip) => {
        const reference = new NaiveBook(stream.depth)
        const book = new OrderBook({ depth: stream.depth })
        const messages = [stream.snapshot, ...stream.updates]
        const bad = at % messages.length
        messages.forEach((m, index) => {
          const bids = m.bids.map(([t, q]): BookLevel => [tick(t), lot(q)])
          const asks = m.asks.map(([t, q]): BookLevel => [tick(t), lot(q)])
          reference.apply('asks', asks)
          reference.apply('bids', bids)
          reference.truncate()
          const checksum = index === bad ? (reference.checksum() ^ flip) >>> 0 : reference.checksum()
          const ok = book.apply(parseBookFrame(frame(index === 0 ? 'snapshot' : 'update', bids, asks, checksum))!)
          expect(ok).toBe(index !== bad)
        })
        expect(book.valid).toBe(false)
      }),
      { numRuns: 100 },
    )
  })
})
