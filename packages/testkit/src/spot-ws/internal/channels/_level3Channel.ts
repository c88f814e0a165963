import CRC32 from 'crc-32'
import { _bookChecksum, type SimLevel } from '../_bookChecksum.js'
import { _num, _rawJson } from '../_rawJson.js'
import { _wsTime } from '../_wsTime.js'
import type { SimChannel } from './_SimChannel.js'

const DEPTHS = [10, 100, 1000]

// The synthetic market has one order per price level; its id is derived from the symbol and price, so it is stable.
function orderId(symbol: string, price: string): string {
  const hash = (CRC32.str(`${symbol}@${price}`) >>> 0).toString(36).toUpperCase().padStart(7, '0')
  const tail = (CRC32.str(`${price}#${symbol}`) >>> 0).toString(36).toUpperCase().padStart(7, '0')
  return `O${hash.slice(0, 5)}-${hash.slice(-5)}-${tail.slice(0, 6)}`
}

const order = (symbol: string, level: SimLevel, event?: string) => ({
  ...(event ? { event } : {}),
  order_id: orderId(symbol, level.price),
  limit_price: _num(level.price),
  order_qty: _num(level.qty),
  timestamp: _wsTime(),
})

function events(symbol: string, previous: readonly SimLevel[], next: readonly SimLevel[]) {
  const before = new Map(previous.map((level) => [level.price, level.qty]))
  const after = new Set(next.map((level) => level.price))
  const out: unknown[] = []
  for (const level of previous) if (!after.has(level.price)) out.push(order(symbol, level, 'delete'))
  for (const level of next) {
    const qty = before.get(level.price)
    if (qty === undefined) out.push(order(symbol, level, 'add'))
    else if (qty !== level.qty) out.push(order(symbol, level, 'modify'))
  }
  return out
}

/** `level3` (auth endpoint): individual orders with add/modify/delete events and a checksum over the top 10. */
export const level3Channel: SimChannel = {
  name: 'level3',
  isPrivate: true,
  needsSymbol: true,
  prepare(params) {
    const depth = params.depth ?? 10
    if (typeof depth !== 'number' || !DEPTHS.includes(depth)) return 'Invalid depth'
    return { fields: { depth }, result: { depth } }
  },
  snapshot(session, subscription) {
    const symbol = subscription.symbol!
    const book = subscription.market.book(symbol, subscription.depth!)
    subscription.bids = book.bids
    subscription.asks = book.asks
    const data = {
      symbol,
      checksum: _bookChecksum(book.bids, book.asks),
      bids: book.bids.map((level) => order(symbol, level)),
      asks: book.asks.map((level) => order(symbol, level)),
    }
    session.send(_rawJson({ channel: 'level3', type: 'snapshot', data: [data] }))
  },
  onMarket(session, subscription, change) {
    if (!change.book) return
    const symbol = subscription.symbol!
    const next = subscription.market.book(symbol, subscription.depth!)
    const bids = events(symbol, subscription.bids ?? [], next.bids)
    const asks = events(symbol, subscription.asks ?? [], next.asks)
    if (bids.length === 0 && asks.length === 0) return
    subscription.bids = next.bids
    subscription.asks = next.asks
    const data = { symbol, checksum: _bookChecksum(next.bids, next.asks), bids, asks }
    session.send(_rawJson({ channel: 'level3', type: 'update', data: [data] }))
  },
}
