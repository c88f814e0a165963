import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import { getSpotMarket } from '../../spot-market/getSpotMarket.js'
import { findAsset, findPair, SIM_ASSETS, SIM_PAIRS, type SimPair } from '../../spot-market/pairs.js'
import { OHLC_INTERVALS } from '../../spot-market/SpotMarket.js'
import { _list, _marketPair, _number, _text } from '../internal/_params.js'
import type { SpotPublicRoute } from '../internal/_route.js'

const FEES = [
  [0, 0.26],
  [50000, 0.24],
  [100000, 0.22],
  [250000, 0.2],
  [500000, 0.18],
  [1000000, 0.16],
  [2500000, 0.14],
  [5000000, 0.12],
  [10000000, 0.1],
]
const FEES_MAKER = [
  [0, 0.16],
  [50000, 0.14],
  [100000, 0.12],
  [250000, 0.1],
  [500000, 0.08],
  [1000000, 0.06],
  [2500000, 0.04],
  [5000000, 0.02],
  [10000000, 0],
]

/** Kraken's RFC 1123 variant with a two-digit year: `Thu, 06 Jul 23 18:50:48 +0000`. */
function rfc1123(date: Date): string {
  const [day, dd, mon, yyyy, time] = date.toUTCString().split(' ')
  return `${day} ${dd} ${mon} ${yyyy?.slice(2)} ${time} +0000`
}

function assetPairInfo(pair: SimPair, info: string): Record<string, unknown> {
  const base = {
    altname: pair.altname,
    wsname: pair.restWsname,
    aclass_base: pair.aclass_base,
    base: pair.base,
    aclass_quote: 'currency',
    quote: pair.quote,
    lot: 'unit',
    cost_decimals: pair.cost_decimals,
    pair_decimals: pair.pair_decimals,
    lot_decimals: pair.lot_decimals,
    lot_multiplier: 1,
    leverage_buy: pair.aclass_base === 'currency' ? [2, 3, 4, 5] : [],
    leverage_sell: pair.aclass_base === 'currency' ? [2, 3, 4, 5] : [],
    fees: FEES,
    fees_maker: FEES_MAKER,
    fee_volume_currency: 'ZUSD',
    margin_call: 80,
    margin_stop: 40,
    ordermin: pair.ordermin,
    costmin: pair.costmin,
    tick_size: pair.tick_size,
    status: pair.status,
    long_position_limit: 250,
    short_position_limit: 200,
  }
  if (info === 'leverage') return { leverage_buy: base.leverage_buy, leverage_sell: base.leverage_sell }
  if (info === 'fees') return { fees: FEES, fees_maker: FEES_MAKER, fee_volume_currency: 'ZUSD' }
  if (info === 'margin') return { margin_call: 80, margin_stop: 40 }
  return base
}

/** Public market data: `/0/public/*` (GET or POST). */
export const marketRoutes: Record<string, SpotPublicRoute> = {
  Time: () => {
    const now = new Date()
    return { unixtime: Math.floor(now.getTime() / 1000), rfc1123: rfc1123(now) }
  },
  SystemStatus: () => ({ status: 'online', timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }),
  Assets: (params) => {
    const names = _list(params.asset)
    const aclass = _text(params.aclass)
    const assets = names.length
      ? names.map((name) => {
          const asset = findAsset(name)
          if (!asset) throw new SimKrakenError('EQuery:Unknown asset')
          return asset
        })
      : SIM_ASSETS.filter((asset) => aclass === undefined || asset.aclass === aclass)
    return Object.fromEntries(
      assets.map(({ name, wsname: _ws, ...asset }) => [
        name,
        { ...asset, ...(asset.collateral_value === undefined ? {} : { collateral_value: asset.collateral_value }) },
      ]),
    )
  },
  AssetPairs: (params) => {
    const names = _list(params.pair)
    const info = _text(params.info) ?? 'info'
    if (!['info', 'leverage', 'fees', 'margin'].includes(info))
      throw new SimKrakenError('EGeneral:Invalid arguments:info')
    const aclass = _text(params.aclass_base) ?? 'currency'
    const pairs = names.length
      ? names.map((name) => {
          const pair = findPair(name)
          if (!pair) throw new SimKrakenError('EQuery:Unknown asset pair')
          return pair
        })
      : SIM_PAIRS.filter((pair) => pair.aclass_base === aclass)
    return Object.fromEntries(pairs.map((pair) => [pair.restName, assetPairInfo(pair, info)]))
  },
  Ticker: (params, state) => {
    const market = getSpotMarket(state)
    const names = _list(params.pair)
    const pairs = names.length
      ? names.map((name) => _marketPair({ ...params, pair: name }))
      : SIM_PAIRS.filter((pair) => pair.aclass_base === 'currency')
    return Object.fromEntries(
      pairs.map((pair) => {
        const t = market.ticker(pair)
        const whole = (qty: string) => String(Math.max(1, Math.round(Number(qty))))
        return [
          pair.restName,
          {
            a: [t.ask, whole(t.askQty), t.askQty],
            b: [t.bid, whole(t.bidQty), t.bidQty],
            c: [t.last, t.lastQty],
            v: [t.volumeToday, t.volume],
            p: [t.vwapToday, t.vwap],
            t: [t.tradesToday, t.trades],
            l: [t.lowToday, t.low],
            h: [t.highToday, t.high],
            o: t.openToday,
          },
        ]
      }),
    )
  },
  OHLC: (params, state) => {
    const pair = _marketPair(params)
    const interval = _number(params, 'interval') ?? 1
    if (!(OHLC_INTERVALS as readonly number[]).includes(interval))
      throw new SimKrakenError('EGeneral:Invalid arguments')
    const candles = getSpotMarket(state).ohlc(pair, interval, _number(params, 'since'))
    const all = getSpotMarket(state).ohlc(pair, interval)
    // `last` is the start of the last *committed* (closed) candle; the current one is still changing.
    const last = all[all.length - 2]?.time ?? 0
    return {
      [pair.restName]: candles.map((c) => [c.time, c.open, c.high, c.low, c.close, c.vwap, c.volume, c.count]),
      last,
    }
  },
  Depth: (params, state) => {
    const pair = _marketPair(params)
    const count = _number(params, 'count') ?? 100
    if (!Number.isInteger(count) || count < 1 || count > 500)
      throw new SimKrakenError('EGeneral:Invalid arguments:count')
    const book = getSpotMarket(state).book(pair, count)
    const now = Math.floor(Date.now() / 1000)
    const side = (levels: Array<{ price: string; qty: string }>) =>
      levels.map((level, index) => [level.price, level.qty, now - (index % 7)])
    return { [pair.restName]: { asks: side(book.asks), bids: side(book.bids) } }
  },
  Trades: (params, state) => {
    const pair = _marketPair(params)
    const sinceText = _text(params.since)
    const count = _number(params, 'count') ?? 1000
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw new SimKrakenError('EGeneral:Invalid arguments:count')
    // Kraken quirk: `since` is accepted in seconds or nanoseconds; `last` is a nanosecond string.
    let sinceMs: number | undefined
    if (sinceText !== undefined) {
      const since = Number(sinceText)
      if (!Number.isFinite(since)) throw new SimKrakenError('EGeneral:Invalid arguments:since')
      sinceMs = since > 1e14 ? since / 1e6 : since * 1000
    }
    // Kraken quirk: without `since`, `count` keeps the NEWEST trades (still oldest first); with `since` it pages
    // forward from the cursor, so the oldest `count` trades after it. `last` is the newest trade returned.
    const matching = getSpotMarket(state).trades(pair, sinceMs)
    const trades = sinceMs === undefined ? matching.slice(-count) : matching.slice(0, count)
    const lastTime = trades[trades.length - 1]?.time ?? sinceMs ?? Date.now()
    return {
      [pair.restName]: trades.map((trade) => [
        trade.price,
        trade.qty,
        trade.time / 1000,
        trade.side === 'buy' ? 'b' : 's',
        trade.ord_type === 'market' ? 'm' : 'l',
        '',
        trade.trade_id,
      ]),
      last: `${BigInt(Math.round(lastTime)) * 1_000_000n}`,
    }
  },
  Spread: (params, state) => {
    const pair = _marketPair(params)
    const samples = getSpotMarket(state).spread(pair, _number(params, 'since'))
    return {
      [pair.restName]: samples.map((sample) => [sample.time, sample.bid, sample.ask]),
      last: samples[samples.length - 1]?.time ?? 0,
    }
  },
}
