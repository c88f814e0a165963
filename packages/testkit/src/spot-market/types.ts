import type { SimPair } from './pairs.js'

/** One book level: decimal strings with the pair's full precision (`{ price: '95000.1', qty: '0.10000000' }`). */
export type BookLevel = { price: string; qty: string }

/** One public trade. `timestamp` is RFC 3339 (WS v2), `time` is milliseconds since the epoch. */
export type MarketTrade = {
  price: string
  qty: string
  side: 'buy' | 'sell'
  ord_type: 'market' | 'limit'
  trade_id: number
  timestamp: string
  time: number
}

/** One OHLC candle; `time` is the bucket start in seconds (REST), decimals are strings. */
export type Candle = {
  time: number
  open: string
  high: string
  low: string
  close: string
  vwap: string
  volume: string
  count: number
}

/** One spread sample: best bid/ask at `time` (seconds). */
export type SpreadSample = { time: number; bid: string; ask: string; bidQty: string; askQty: string }

/** Rolling ticker figures (24 h window plus "today" since midnight UTC). */
export type Ticker = {
  ask: string
  askQty: string
  bid: string
  bidQty: string
  last: string
  lastQty: string
  volume: string
  volumeToday: string
  vwap: string
  vwapToday: string
  trades: number
  tradesToday: number
  low: string
  lowToday: string
  high: string
  highToday: string
  open: string
  openToday: string
  /** Change since `open`, in quote units, and in percent (2 decimals). */
  change: string
  changePct: string
}

/**
 * What `SpotMarket.step()` emits. `book` carries changed levels only (best first per side); a deletion has a qty of
 * zero written with the pair's lot decimals (`'0.00000000'`). Levels entering the visible depth because one above was
 * deleted are NOT repeated: a WS layer serving depth N should diff `book(pair, N)` before/after (as Kraken does).
 */
export type MarketEvent =
  | { kind: 'book'; pair: SimPair; bids: BookLevel[]; asks: BookLevel[]; timestamp: string }
  | { kind: 'trade'; pair: SimPair; trades: Array<Omit<MarketTrade, 'time'>> }
