import type { _Engine } from './_engine.js'
import { bookMessage, bookSnapshotMessage, tickerLiteMessage, tickerMessage, tradeMessage } from './_feedMessages.js'
import type { _OutboundGate } from './_OutboundGate.js'

const HEARTBEAT_MS = 1000

/**
 * Starts one public feed for one product on one connection: sends the snapshot (book_snapshot, trade_snapshot, first
 * ticker) and then forwards the engine's market events. Returns the function that stops it.
 */
export function _publicFeed(
  engine: _Engine,
  gate: _OutboundGate,
  feed: string,
  productId: string | undefined,
): () => void {
  if (feed === 'heartbeat') {
    const timer = setInterval(() => gate.send({ feed: 'heartbeat', time: Date.now() }), HEARTBEAT_MS)
    timer.unref?.()
    return () => clearInterval(timer)
  }
  const state = engine.market.get(productId ?? '')
  if (!state) return () => {}
  const symbol = state.instrument.symbol
  const now = Date.now()
  if (feed === 'book') gate.send(bookSnapshotMessage(engine.market, state, now))
  if (feed === 'trade') {
    gate.send({
      feed: 'trade_snapshot',
      product_id: symbol,
      trades: state.trades.slice(-100).reverse().map(tradeMessage),
    })
  }
  if (feed === 'ticker') gate.send(tickerMessage(engine.market.ticker(state), state, now))
  if (feed === 'ticker_lite') gate.send(tickerLiteMessage(engine.market.ticker(state), state, now))
  return engine.onMarket((event) => {
    if (feed === 'book' && event.kind === 'book' && event.product_id === symbol) gate.sendBookDelta(bookMessage(event))
    else if (feed === 'trade' && event.kind === 'trade' && event.trade.product_id === symbol)
      gate.send(tradeMessage(event.trade))
    else if (event.kind === 'ticker' && event.ticker.symbol === symbol) {
      if (feed === 'ticker') gate.send(tickerMessage(event.ticker, state, Date.now()))
      if (feed === 'ticker_lite') gate.send(tickerLiteMessage(event.ticker, state, Date.now()))
    }
  })
}
