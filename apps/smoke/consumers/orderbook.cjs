// CommonJS consumer of the built @k/orderbook: Kraken's worked checksum example (spot-ws-book-v2).
const assert = require('node:assert/strict')
const {
  BOOK_DEPTHS,
  bookChecksum,
  FuturesOrderBook,
  OrderBook,
  parseBookFrame,
  SpotOrderBookClient,
} = require('@k/orderbook')

const asks = [
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
]
const bids = [
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
]
const levels = (side) => side.map(([price, qty]) => `{"price":${price},"qty":${qty}}`).join(',')
// The frame as Kraken sends it: JSON numbers with trailing zeros.
const frame = `{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[${levels(bids)}],"asks":[${levels(asks)}],"checksum":3310070434}]}`

const book = new OrderBook({ depth: 10 })
assert.equal(book.apply(parseBookFrame(frame)), true)
assert.equal(book.checksum(), 3310070434)
assert.equal(book.valid, true)
assert.deepEqual(book.bestBid(), ['45283.5', '0.10000000'])
assert.deepEqual(book.bestAsk(), ['45285.2', '0.00100000'])
assert.equal(book.spread(), '1.7')
// Parsed numbers lose the trailing zeros; the precisions restore them, and forgetting them is caught.
const parsed = JSON.parse(frame)
assert.equal(new OrderBook({ depth: 10, pricePrecision: 1, qtyPrecision: 8 }).apply(parsed), true)
assert.equal(new OrderBook({ depth: 10, pricePrecision: 1 }).apply(parsed), false)
assert.equal(bookChecksum(asks, bids), 3310070434)
assert.deepEqual(BOOK_DEPTHS, [10, 25, 100, 500, 1000])
assert.equal(typeof SpotOrderBookClient, 'function')
assert.equal(typeof FuturesOrderBook, 'function')
console.log('ok')
