import type { SimLevel } from './_bookChecksum.js'

/** A pair as the WS v2 endpoints describe it (`symbol` is Kraken's WS v2 name, e.g. `BTC/USD`). */
export type WsPair = {
  symbol: string
  base: string
  quote: string
  /** Decimals of prices in frames (REST `pair_decimals`). */
  pricePrecision: number
  /** Decimals of quantities in frames (REST `lot_decimals`). */
  qtyPrecision: number
  qtyMin: string
  costMin: string
}

/** Ticker fields as decimal strings (already formatted). */
export type WsTickerData = {
  bid: string
  bid_qty: string
  ask: string
  ask_qty: string
  last: string
  volume: string
  vwap: string
  low: string
  high: string
  change: string
  change_pct: string
}

export type WsTradeData = {
  side: 'buy' | 'sell'
  price: string
  qty: string
  ord_type: 'market' | 'limit'
  trade_id: number
  timestamp: string
}

export type WsCandleData = {
  open: string
  high: string
  low: string
  close: string
  trades: number
  volume: string
  vwap: string
  interval_begin: string
}

/** One change notification: the pair's book changed and/or new trades happened. */
export type WsMarketChange = { symbol: string; book: boolean; trades: readonly WsTradeData[] }

/** What the Spot WS endpoints need from the synthetic market (the seam to `spot-market/`). */
export interface WsMarket {
  pairs(): readonly WsPair[]
  findPair(symbol: string): WsPair | undefined
  /** Best levels first, formatted with the pair's precisions. */
  book(symbol: string, depth: number): { bids: SimLevel[]; asks: SimLevel[] }
  ticker(symbol: string): WsTickerData
  trades(symbol: string, count: number): WsTradeData[]
  /** Candles oldest first; the last one is the running candle. */
  ohlc(symbol: string, interval: number, count: number): WsCandleData[]
  /** Starts ticking while at least one listener is registered. */
  onChange(listener: (change: WsMarketChange) => void): () => void
}
