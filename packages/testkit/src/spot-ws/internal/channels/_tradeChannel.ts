import { _num, _rawJson } from '../_rawJson.js'
import type { WsTradeData } from '../_WsMarket.js'
import type { SimChannel } from './_SimChannel.js'

const entry = (symbol: string, trade: WsTradeData) => ({
  symbol,
  side: trade.side,
  price: _num(trade.price),
  qty: _num(trade.qty),
  ord_type: trade.ord_type,
  trade_id: trade.trade_id,
  timestamp: trade.timestamp,
})

/** `trade`: snapshot of the last 50 trades, then every trade. */
export const tradeChannel: SimChannel = {
  name: 'trade',
  isPrivate: false,
  needsSymbol: true,
  prepare: () => ({ fields: {}, result: {} }),
  snapshot(session, subscription) {
    const symbol = subscription.symbol!
    const data = subscription.market.trades(symbol, 50).map((trade) => entry(symbol, trade))
    session.send(_rawJson({ channel: 'trade', type: 'snapshot', data }))
  },
  onMarket(session, subscription, change) {
    if (change.trades.length === 0) return
    const data = change.trades.map((trade) => entry(subscription.symbol!, trade))
    session.send(_rawJson({ channel: 'trade', type: 'update', data }))
  },
}
