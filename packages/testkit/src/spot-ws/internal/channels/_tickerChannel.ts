import { _num, _rawJson } from '../_rawJson.js'
import type { SimSubscription } from '../_SimSubscription.js'
import type { SpotWsSession } from '../_SpotWsSession.js'
import { _wsTime } from '../_wsTime.js'
import type { SimChannel } from './_SimChannel.js'

function send(session: SpotWsSession, subscription: SimSubscription, type: 'snapshot' | 'update') {
  const symbol = subscription.symbol!
  const ticker = subscription.market.ticker(symbol)
  subscription.lastBbo = `${ticker.bid}/${ticker.ask}`
  const data = {
    symbol,
    bid: _num(ticker.bid),
    bid_qty: _num(ticker.bid_qty),
    ask: _num(ticker.ask),
    ask_qty: _num(ticker.ask_qty),
    last: _num(ticker.last),
    volume: _num(ticker.volume),
    vwap: _num(ticker.vwap),
    low: _num(ticker.low),
    high: _num(ticker.high),
    change: _num(ticker.change),
    change_pct: _num(ticker.change_pct),
    timestamp: _wsTime(),
  }
  session.send(_rawJson({ channel: 'ticker', type, data: [data] }))
}

/** `ticker`: level 1 data; updates on trades (default) or on best bid/offer changes (`event_trigger: 'bbo'`). */
export const tickerChannel: SimChannel = {
  name: 'ticker',
  isPrivate: false,
  needsSymbol: true,
  prepare(params) {
    const trigger = params.event_trigger ?? 'trades'
    if (trigger !== 'trades' && trigger !== 'bbo') return 'Invalid event_trigger'
    return { fields: { trigger }, result: params.event_trigger === undefined ? {} : { event_trigger: trigger } }
  },
  snapshot: (session, subscription) => send(session, subscription, 'snapshot'),
  onMarket(session, subscription, change) {
    if (subscription.trigger === 'bbo') {
      const { bids, asks } = subscription.market.book(subscription.symbol!, 1)
      if (`${bids[0]?.price}/${asks[0]?.price}` !== subscription.lastBbo) send(session, subscription, 'update')
    } else if (change.trades.length > 0) send(session, subscription, 'update')
  },
}
