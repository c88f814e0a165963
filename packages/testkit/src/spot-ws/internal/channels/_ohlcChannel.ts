import { _num, _rawJson } from '../_rawJson.js'
import type { SimSubscription } from '../_SimSubscription.js'
import type { SpotWsSession } from '../_SpotWsSession.js'
import { _wsTime } from '../_wsTime.js'
import type { SimChannel } from './_SimChannel.js'

const INTERVALS = [1, 5, 15, 30, 60, 240, 1440, 10080, 21600]

function send(session: SpotWsSession, subscription: SimSubscription, type: 'snapshot' | 'update') {
  const symbol = subscription.symbol!
  const interval = subscription.interval!
  const candles = subscription.market.ohlc(symbol, interval, type === 'snapshot' ? 10 : 1)
  const data = candles.map((candle) => ({
    symbol,
    open: _num(candle.open),
    high: _num(candle.high),
    low: _num(candle.low),
    close: _num(candle.close),
    trades: candle.trades,
    volume: _num(candle.volume),
    vwap: _num(candle.vwap),
    interval_begin: candle.interval_begin,
    interval,
    timestamp: _wsTime(),
  }))
  session.send(_rawJson({ channel: 'ohlc', type, timestamp: _wsTime(), data }))
}

/** `ohlc`: candles for one interval (minutes); the running candle is updated on every trade. */
export const ohlcChannel: SimChannel = {
  name: 'ohlc',
  isPrivate: false,
  needsSymbol: true,
  prepare(params) {
    const interval = params.interval ?? 1
    if (typeof interval !== 'number' || !INTERVALS.includes(interval)) return 'Invalid interval'
    return { fields: { interval }, result: { interval } }
  },
  snapshot: (session, subscription) => send(session, subscription, 'snapshot'),
  onMarket(session, subscription, change) {
    if (change.trades.length > 0) send(session, subscription, 'update')
  },
}
