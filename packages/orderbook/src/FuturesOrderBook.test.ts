import { describe, expect, it } from 'vitest'
import { FuturesOrderBook } from './FuturesOrderBook.js'

const snapshot = {
  feed: 'book_snapshot' as const,
  product_id: 'PI_XBTUSD',
  timestamp: 1612269825817,
  seq: 100,
  bids: [
    { price: 34892.5, qty: 6385 },
    { price: 34892, qty: 10924 },
  ],
  asks: [
    { price: 34911.5, qty: 20598 },
    { price: 34912, qty: 2300 },
  ],
}
const delta = (seq: number, side: 'buy' | 'sell', price: number, qty: number) => ({
  feed: 'book' as const,
  product_id: 'PI_XBTUSD',
  side,
  seq,
  price,
  qty,
  timestamp: 1612269953629,
})

describe('FuturesOrderBook', () => {
  it('builds from book_snapshot and applies deltas in sequence (qty 0 deletes)', () => {
    const book = new FuturesOrderBook()
    book.applySnapshot(snapshot)
    expect(book.applyDelta(delta(101, 'buy', 34893, 5))).toBe('ok')
    expect(book.applyDelta(delta(102, 'sell', 34911.5, 0))).toBe('ok')
    expect(book.applyDelta(delta(103, 'buy', 34892, 7))).toBe('ok')
    expect(book.bids()).toEqual([
      ['34893', '5'],
      ['34892.5', '6385'],
      ['34892', '7'],
    ])
    expect(book.asks()).toEqual([['34912', '2300']])
    expect(book.spread()).toBe('19')
    expect(book.mid()).toBe('34902.5')
    expect(book.valid).toBe(true)
  })

  it('detects a seq gap and turns invalid until the next snapshot; ignores duplicates', () => {
    const book = new FuturesOrderBook({ depth: 1 })
    expect(book.applyDelta(delta(1, 'buy', 1, 1))).toBe('gap')
    book.applySnapshot(snapshot)
    expect(book.bids()).toEqual([['34892.5', '6385']])
    expect(book.applyDelta(delta(100, 'buy', 1, 1))).toBe('ok')
    expect(book.bestBid()).toEqual(['34892.5', '6385'])
    expect(book.applyDelta(delta(102, 'buy', 34900, 1))).toBe('gap')
    expect(book.valid).toBe(false)
    expect(book.bestBid()).toEqual(['34892.5', '6385'])
    book.applySnapshot({ ...snapshot, seq: 200 })
    expect(book.applyDelta(delta(201, 'sell', 34900, 1))).toBe('ok')
    expect(book.bestAsk()).toEqual(['34900', '1'])
  })

  it('rejects invalid options', () => {
    expect(() => new FuturesOrderBook({ depth: 1.5 })).toThrow(/depth/)
  })
})
