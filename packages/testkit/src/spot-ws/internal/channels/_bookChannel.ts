import { _bookChecksum, _bookFrame, _diffSide } from '../_bookFrame.js'
import { _fixedDecimal } from '../_fixedDecimal.js'
import type { SimSubscription } from '../_SimSubscription.js'
import type { SpotWsSession } from '../_SpotWsSession.js'
import type { SimChannel } from './_SimChannel.js'

const DEPTHS = [10, 25, 100, 500, 1000]

function checksumFor(session: SpotWsSession, subscription: SimSubscription): number {
  const checksum = _bookChecksum(subscription.bids!, subscription.asks!)
  // Fault: a wrong checksum in every Nth book message (the client must resync).
  return session.nextBookIsCorrupt() ? (checksum + 1) >>> 0 : checksum
}

/** `book`: depth 10–1000, snapshot and updates with a CRC32 over the top 10, truncated to the subscribed depth. */
export const bookChannel: SimChannel = {
  name: 'book',
  isPrivate: false,
  needsSymbol: true,
  prepare(params) {
    const depth = params.depth ?? 10
    if (typeof depth !== 'number' || !DEPTHS.includes(depth)) return 'Invalid depth'
    return { fields: { depth }, result: { depth } }
  },
  snapshot(session, subscription) {
    const book = subscription.market.book(subscription.symbol!, subscription.depth!)
    subscription.bids = book.bids
    subscription.asks = book.asks
    session.send(_bookFrame('snapshot', subscription.symbol!, book.bids, book.asks, checksumFor(session, subscription)))
  },
  onMarket(session, subscription, change) {
    if (!change.book) return
    const symbol = subscription.symbol!
    const depth = subscription.depth!
    const pair = subscription.market.findPair(symbol)!
    const deeper = subscription.market.book(symbol, depth + 50)
    const next = { bids: deeper.bids.slice(0, depth), asks: deeper.asks.slice(0, depth) }
    const listedBids = new Set(deeper.bids.map((level) => level.price))
    const listedAsks = new Set(deeper.asks.map((level) => level.price))
    const zero = _fixedDecimal('0', pair.qtyPrecision)
    const bids = _diffSide(subscription.bids ?? [], next.bids, (price) => listedBids.has(price), zero)
    const asks = _diffSide(subscription.asks ?? [], next.asks, (price) => listedAsks.has(price), zero)
    if (bids.length === 0 && asks.length === 0) return
    subscription.bids = next.bids
    subscription.asks = next.asks
    session.send(_bookFrame('update', symbol, bids, asks, checksumFor(session, subscription)))
  },
}
