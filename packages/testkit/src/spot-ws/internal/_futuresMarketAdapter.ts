import type { FuturesEngine } from '../../futures-engine/FuturesEngine.js'
import type { FuturesTrade } from '../../futures-engine/FuturesEngineTypes.js'
import type { SimLevel } from './_bookChecksum.js'
import type { WsCandleData, WsMarket, WsPair, WsTradeData } from './_WsMarket.js'
import { _wsTime } from './_wsTime.js'

const decimalsOf = (step: number) => {
  const text = String(step)
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0
}

/**
 * The derivatives side of the Unified WebSocket: the simulator's futures market (the same books and trades the
 * Futures REST and WS v1 simulators serve) in WS v2 shapes, prices and sizes written with the contract's precision.
 */
export function _futuresMarketAdapter(engine: FuturesEngine): WsMarket {
  const market = engine.market
  const pairs = new Map<string, WsPair>()
  for (const instrument of market.instruments) {
    pairs.set(instrument.symbol, {
      symbol: instrument.symbol,
      base: instrument.base,
      quote: instrument.quote,
      pricePrecision: decimalsOf(instrument.tickSize),
      qtyPrecision: instrument.sizePrecision,
      qtyMin: (10 ** -instrument.sizePrecision).toFixed(instrument.sizePrecision),
      costMin: '0',
    })
  }
  const state = (symbol: string) => market.get(symbol)!
  const level = (pair: WsPair, [price, qty]: [number, number]): SimLevel => ({
    price: price.toFixed(pair.pricePrecision),
    qty: qty.toFixed(pair.qtyPrecision),
  })
  const trade = (pair: WsPair, entry: FuturesTrade): WsTradeData => ({
    side: entry.side,
    price: entry.price.toFixed(pair.pricePrecision),
    qty: entry.qty.toFixed(pair.qtyPrecision),
    ord_type: 'market',
    trade_id: entry.trade_id,
    timestamp: _wsTime(entry.time),
  })
  return {
    pairs: () => [...pairs.values()],
    findPair: (symbol) => pairs.get(symbol),
    book(symbol, depth) {
      const pair = pairs.get(symbol)!
      const book = market.book(state(symbol))
      return {
        bids: book.bids.slice(0, depth).map((entry) => level(pair, entry)),
        asks: book.asks.slice(0, depth).map((entry) => level(pair, entry)),
      }
    },
    ticker(symbol) {
      const pair = pairs.get(symbol)!
      const ticker = market.ticker(state(symbol))
      const price = (value: number) => value.toFixed(pair.pricePrecision)
      const change = ticker.last - ticker.open24h
      return {
        bid: price(ticker.bid),
        bid_qty: ticker.bidSize.toFixed(pair.qtyPrecision),
        ask: price(ticker.ask),
        ask_qty: ticker.askSize.toFixed(pair.qtyPrecision),
        last: price(ticker.last),
        volume: ticker.vol24h.toFixed(pair.qtyPrecision),
        vwap: price(ticker.markPrice),
        low: price(Math.min(ticker.open24h, ticker.last)),
        high: price(Math.max(ticker.open24h, ticker.last)),
        change: price(change),
        change_pct: ((change / ticker.open24h) * 100).toFixed(2),
      }
    },
    trades: (symbol, count) =>
      state(symbol)
        .trades.slice(-count)
        .map((entry) => trade(pairs.get(symbol)!, entry)),
    ohlc(symbol, interval, count): WsCandleData[] {
      // One candle per interval from the last trades (the futures market keeps no candle history).
      const pair = pairs.get(symbol)!
      const period = interval * 60_000
      const now = Date.now()
      const trades = state(symbol).trades
      const candles: WsCandleData[] = []
      for (let index = count - 1; index >= 0; index--) {
        const begin = Math.floor(now / period) * period - index * period
        const inside = trades.filter((entry) => entry.time >= begin && entry.time < begin + period)
        const prices = inside.map((entry) => entry.price)
        const close = prices.at(-1) ?? state(symbol).last
        const volume = inside.reduce((sum, entry) => sum + entry.qty, 0)
        candles.push({
          open: (prices[0] ?? close).toFixed(pair.pricePrecision),
          high: Math.max(close, ...prices).toFixed(pair.pricePrecision),
          low: Math.min(close, ...prices).toFixed(pair.pricePrecision),
          close: close.toFixed(pair.pricePrecision),
          trades: inside.length,
          volume: volume.toFixed(pair.qtyPrecision),
          vwap: close.toFixed(pair.pricePrecision),
          interval_begin: `${new Date(begin).toISOString().slice(0, -1)}000000Z`,
        })
      }
      return candles
    },
    onChange(listener) {
      return engine.onMarket((event) => {
        if (event.kind === 'book') listener({ symbol: event.product_id, book: true, trades: [] })
        else if (event.kind === 'trade') {
          const pair = pairs.get(event.trade.product_id)
          if (pair) listener({ symbol: pair.symbol, book: false, trades: [trade(pair, event.trade)] })
        }
      })
    },
  }
}
