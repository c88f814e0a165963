import { describe, expect, it } from 'vitest'
import { fixtureFrames, fixtureMessages } from './__fixtures__/fixtureFrames.js'
import { bookChecksum } from './bookChecksum.js'
import { OrderBook } from './OrderBook.js'
import { parseBookFrame } from './parseBookFrame.js'
import type { BookData } from './types.js'

// Kraken's worked example (docs.kraken.com/api/docs/guides/spot-ws-book-v2): BTC/USD, price_precision 1,
// qty_precision 8. Expected CRC32 3310070434; from JSON.parse'd floats without re-padding it is 1604409348.
const askText = [
  ['45285.2', '0.00100000'],
  ['45286.4', '1.54571953'],
  ['45286.6', '1.54571109'],
  ['45289.6', '1.54560911'],
  ['45290.2', '0.15890660'],
  ['45291.8', '1.54553491'],
  ['45294.7', '0.04454749'],
  ['45296.1', '0.35380000'],
  ['45297.5', '0.09945542'],
  ['45299.5', '0.18772827'],
] as const
const bidText = [
  ['45283.5', '0.10000000'],
  ['45283.4', '1.54582015'],
  ['45282.1', '0.10000000'],
  ['45281.0', '0.10000000'],
  ['45280.3', '1.54592586'],
  ['45279.0', '0.07990000'],
  ['45277.6', '0.03310103'],
  ['45277.5', '0.30000000'],
  ['45277.3', '1.54602737'],
  ['45276.6', '0.15445238'],
] as const
const asText = (levels: readonly (readonly [string, string])[]) => levels.map(([price, qty]) => ({ price, qty }))
const asNumbers = (levels: readonly (readonly [string, string])[]) =>
  levels.map(([price, qty]) => ({ price: Number(price), qty: Number(qty) }))

describe('OrderBook: Kraken worked example', () => {
  it('gives 3310070434 from the numbers’ text and accepts the snapshot', () => {
    const book = new OrderBook({ depth: 10 })
    expect(book.applySnapshot({ asks: asText(askText), bids: asText(bidText), checksum: 3310070434 })).toBe(true)
    expect(book.checksum()).toBe(3310070434)
    expect(book.valid).toBe(true)
    expect(book.bestBid()).toEqual(['45283.5', '0.10000000'])
    expect(book.bestAsk()).toEqual(['45285.2', '0.00100000'])
  })

  it('gives 3310070434 from parsed numbers plus precisions', () => {
    const book = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
    expect(book.applySnapshot({ asks: asNumbers(askText), bids: asNumbers(bidText), checksum: 3310070434 })).toBe(true)
    expect(book.bids(3)).toEqual(bidText.slice(0, 3))
    expect(book.asks()).toEqual(askText)
  })

  it('catches the float-parsed version (1604409348) as a mismatch', () => {
    // Quantities from JSON.parse (0.10000000 → 0.1) without qtyPrecision: Kraken's published wrong value.
    const book = new OrderBook({ depth: 10, pricePrecision: 1 })
    const ok = book.applySnapshot({ asks: asNumbers(askText), bids: asNumbers(bidText), checksum: 3310070434 })
    expect(book.checksum()).toBe(1604409348)
    expect(ok).toBe(false)
    expect(book.valid).toBe(false)
  })

  it('catches the all-floats version (also 45281.0 → 45281) as a mismatch', () => {
    const book = new OrderBook({ depth: 10 })
    expect(book.applySnapshot({ asks: asNumbers(askText), bids: asNumbers(bidText), checksum: 3310070434 })).toBe(false)
    expect(book.checksum()).not.toBe(3310070434)
  })

  it('agrees with the reference implementation (crc-32 over the concatenated text)', () => {
    expect(bookChecksum(askText, bidText)).toBe(3310070434)
  })

  it('parses the raw frame and keeps trailing zeros', () => {
    const frame = JSON.stringify({
      channel: 'book',
      type: 'snapshot',
      data: [{ symbol: 'BTC/USD', bids: [], asks: [], checksum: 3310070434, timestamp: '2023-10-06T17:35:55.440295Z' }],
    })
      .replace('"bids":[]', `"bids":[${bidText.map(([p, q]) => `{"price":${p},"qty":${q}}`).join(',')}]`)
      .replace('"asks":[]', `"asks":[${askText.map(([p, q]) => `{"price":${p},"qty":${q}}`).join(',')}]`)
    const message = parseBookFrame(frame)
    expect(message?.data[0]?.bids?.[0]).toEqual({ price: '45283.5', qty: '0.10000000' })
    const book = new OrderBook({ depth: 10 })
    expect(message && book.apply(message)).toBe(true)
    expect(book.symbol).toBe('BTC/USD')
    expect(book.timestamp).toBe('2023-10-06T17:35:55.440295Z')
  })
})

describe('OrderBook: python-kraken-sdk fixture (510 recorded messages)', () => {
  it('matches all 510 checksums from the raw frames (snapshot included)', () => {
    const book = new OrderBook({ depth: 10 })
    const results = fixtureFrames().map((frame) => {
      const message = parseBookFrame(frame)
      if (message === undefined) throw new Error('not a book frame')
      return book.apply(message)
    })
    expect(results).toHaveLength(510)
    expect(results.filter((ok) => !ok)).toHaveLength(0)
    expect(book.valid).toBe(true)
  })

  it('matches all 510 checksums from JSON.parse’d numbers with pair_decimals 1 / lot_decimals 8', () => {
    const book = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
    const failures = fixtureMessages().filter((m) => !book.apply(m))
    expect(failures).toHaveLength(0)
  })

  it('fails on the fixture when numbers are taken without precision (the bug ccxt hit)', () => {
    const book = new OrderBook({ depth: 10 })
    const failures = fixtureMessages().filter((m) => !book.apply(m))
    expect(failures.length).toBeGreaterThan(400)
    expect(book.valid).toBe(false)
  })

  it('reproduces the first updates’ checksums', () => {
    const book = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
    const [snapshot, u1, u2, u3] = fixtureMessages()
    book.apply(snapshot!)
    expect(book.checksum()).toBe(2785033588)
    book.apply(u1!)
    expect(book.checksum()).toBe(3547452596)
    book.apply(u2!)
    expect(book.checksum()).toBe(3111681483)
    book.apply(u3!)
    expect(book.checksum()).toBe(434883881)
  })

  it('both input paths give identical books after every message', () => {
    const text = new OrderBook({ depth: 10 })
    const numbers = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
    const messages = fixtureMessages()
    fixtureFrames().forEach((frame, index) => {
      text.apply(parseBookFrame(frame)!)
      numbers.apply(messages[index]!)
      expect(text.toJSON()).toEqual(numbers.toJSON())
    })
  })
})

describe('OrderBook: semantics', () => {
  const level = (price: string, qty: string) => ({ price, qty })

  it('truncates to the depth after each message and deletes on qty 0', () => {
    const book = new OrderBook({ depth: 2 })
    book.applySnapshot({ bids: [level('10.0', '1.0'), level('9.0', '1.0')], asks: [level('11.0', '1.0')] })
    // Insert above the best bid (9.0 falls out of depth 2 with no delete from Kraken), delete a missing level.
    book.applyUpdate({ bids: [level('10.5', '2.0'), level('8.0', '0.0')], asks: [level('11.0', '0.00')] })
    expect(book.bids()).toEqual([
      ['10.5', '2.0'],
      ['10.0', '1.0'],
    ])
    expect(book.asks()).toEqual([])
    expect(book.bestAsk()).toBeUndefined()
    expect(book.spread()).toBeUndefined()
  })

  it('applies all levels of a message before truncating', () => {
    const book = new OrderBook({ depth: 2 })
    book.applySnapshot({ bids: [level('10', '1'), level('9', '1')] })
    // Insert at the top then delete it again within one message: 9 must survive (it never left Kraken's view).
    book.applyUpdate({ bids: [level('11', '1'), level('11', '0')] })
    expect(book.bids()).toEqual([
      ['10', '1'],
      ['9', '1'],
    ])
  })

  it('computes spread and mid exactly', () => {
    const book = new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 })
    book.applySnapshot({ bids: [{ price: 0.3, qty: 1 }], asks: [{ price: 0.6, qty: 2 }] })
    expect(book.spread()).toBe('0.3')
    expect(book.mid()).toBe('0.45')
    expect(book.bestAsk()).toEqual(['0.6', '2.00000000'])
  })

  it('normalizes exponent text and pads text to a known precision', () => {
    const book = new OrderBook({ depth: 10, qtyPrecision: 8 })
    book.applySnapshot({ bids: [level('1.5', '1e-8'), level('1.4', '0.001')] })
    expect(book.bids()).toEqual([
      ['1.5', '0.00000001'],
      ['1.4', '0.00100000'],
    ])
    expect(book.checksum()).toBe(bookChecksum([], book.bids()))
  })

  it('verifies the update checksum and stays invalid until the next snapshot', () => {
    const book = new OrderBook({ depth: 10 })
    const snapshot: BookData = { bids: [level('1.0', '1.0')], asks: [level('2.0', '1.0')] }
    book.applySnapshot({ ...snapshot, checksum: bookChecksum([['2.0', '1.0']], [['1.0', '1.0']]) })
    expect(book.valid).toBe(true)
    expect(book.applyUpdate({ bids: [level('1.0', '2.0')], checksum: 1 })).toBe(false)
    expect(book.valid).toBe(false)
    const good = bookChecksum([['2.0', '1.0']], [['1.0', '3.0']])
    expect(book.applyUpdate({ bids: [level('1.0', '3.0')], checksum: good })).toBe(true)
    expect(book.valid).toBe(false)
    book.applySnapshot({ ...snapshot, checksum: bookChecksum([['2.0', '1.0']], [['1.0', '1.0']]) })
    expect(book.valid).toBe(true)
  })

  it('rejects invalid options and prices with KrakenValidationError', () => {
    expect(() => new OrderBook({ depth: 0 })).toThrow(/depth/)
    expect(() => new OrderBook({ depth: 10, qtyPrecision: -1 })).toThrow(/qtyPrecision/)
    const book = new OrderBook({ depth: 10 })
    expect(() => book.applySnapshot({ bids: [level('1.0', '1'), level('abc', '1')] })).toThrow(/price/)
    expect(book.valid).toBe(false)
  })
})
