import type { SimPair } from '../../spot-market/pairs.js'
import type { SpotMarket } from '../../spot-market/SpotMarket.js'
import type { WsCandleData, WsMarket, WsPair, WsTradeData } from './_WsMarket.js'

const toWsPair = (pair: SimPair): WsPair => ({
  symbol: pair.wsname,
  base: pair.wsBase,
  quote: pair.wsQuote,
  pricePrecision: pair.pair_decimals,
  qtyPrecision: pair.lot_decimals,
  qtyMin: pair.ordermin,
  costMin: pair.costmin,
})

/** The WS view of the simulator's shared synthetic market (the same books, trades and candles REST serves). */
export function _spotMarketAdapter(market: SpotMarket): WsMarket {
  const bySymbol = new Map<string, { sim: SimPair; ws: WsPair }>()
  // WS v2 takes only its own spelling (`BTC/USD`, `DOGE/USD`), not REST names such as `XBTUSD` or `XBT/USD`.
  for (const pair of market.pairs) bySymbol.set(pair.wsname, { sim: pair, ws: toWsPair(pair) })
  const sim = (symbol: string) => bySymbol.get(symbol)!.sim
  return {
    pairs: () => [...bySymbol.values()].map((entry) => entry.ws),
    findPair: (symbol) => bySymbol.get(symbol)?.ws,
    book: (symbol, depth) => market.book(sim(symbol), depth),
    ticker(symbol) {
      const ticker = market.ticker(sim(symbol))
      return {
        bid: ticker.bid,
        bid_qty: ticker.bidQty,
        ask: ticker.ask,
        ask_qty: ticker.askQty,
        last: ticker.last,
        volume: ticker.volume,
        vwap: ticker.vwap,
        low: ticker.low,
        high: ticker.high,
        change: ticker.change,
        change_pct: ticker.changePct,
      }
    },
    trades: (symbol, count): WsTradeData[] =>
      market
        .trades(sim(symbol))
        .slice(-count)
        .map(({ time: _time, ...trade }) => trade),
    ohlc: (symbol, interval, count): WsCandleData[] =>
      market
        .ohlc(sim(symbol), interval)
        .slice(-count)
        .map((candle) => ({
          open: candle.open,
          high: candle.high,
          low: candle.low,
          close: candle.close,
          trades: candle.count,
          volume: candle.volume,
          vwap: candle.vwap,
          interval_begin: `${new Date(candle.time * 1000).toISOString().slice(0, -1)}000000Z`,
        })),
    onChange(listener) {
      return market.onEvents((events) => {
        const changes = new Map<string, { symbol: string; book: boolean; trades: WsTradeData[] }>()
        for (const event of events) {
          const symbol = event.pair.wsname
          let change = changes.get(symbol)
          if (!change) {
            change = { symbol, book: false, trades: [] }
            changes.set(symbol, change)
          }
          if (event.kind === 'book') change.book = true
          else change.trades.push(...event.trades)
        }
        for (const change of changes.values()) listener(change)
      })
    },
  }
}
