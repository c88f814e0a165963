/** `{"feed":"heartbeat","time":…}` every few seconds once subscribed to `heartbeat`. */
export type FuturesHeartbeatMessage = { feed: 'heartbeat'; time: number }

/**
 * `ticker` feed (throttled to one message per second per product). Fields that are zero may be absent (funding
 * fields on non-perpetuals). Numbers are JSON numbers as Kraken sends them.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/websocket/ticker
 */
export type FuturesTickerMessage = {
  feed: 'ticker'
  product_id: string
  time: number
  bid: number
  ask: number
  bid_size: number
  ask_size: number
  volume: number
  volumeQuote: number
  dtm: number
  leverage: string
  index: number
  premium: number
  last: number
  change: number
  suspended: boolean
  tag: string
  pair: string
  openInterest: number
  markPrice: number
  maturityTime: number
  post_only: boolean
  funding_rate?: number
  funding_rate_prediction?: number
  relative_funding_rate?: number
  relative_funding_rate_prediction?: number
  next_funding_rate_time?: number
}

/** `ticker_lite` feed: the light ticker. */
export type FuturesTickerLiteMessage = {
  feed: 'ticker_lite'
  product_id: string
  bid: number
  ask: number
  change: number
  premium: number
  volume: number
  volumeQuote?: number
  tag: string
  pair: string
  dtm: number
  maturityTime: number
}

/** One price level of `book_snapshot`. */
export type FuturesBookLevel = { price: number; qty: number }

/**
 * First message of the `book` feed. `seq` increases by one with every later `book` delta of that product; a jump
 * means a message was lost and the book must be rebuilt (resubscribe).
 */
export type FuturesBookSnapshotMessage = {
  feed: 'book_snapshot'
  product_id: string
  timestamp: number
  seq: number
  tickSize: number | null
  bids: FuturesBookLevel[]
  asks: FuturesBookLevel[]
}

/** A `book` delta: one level of one side; `qty: 0` removes the level. */
export type FuturesBookMessage = {
  feed: 'book'
  product_id: string
  side: 'buy' | 'sell'
  seq: number
  price: number
  qty: number
  timestamp: number
}

/** One public trade. */
export type FuturesTradeMessage = {
  feed: 'trade'
  product_id: string
  uid: string
  side: 'buy' | 'sell'
  type: 'fill' | 'liquidation' | 'termination' | 'block'
  seq: number
  time: number
  qty: number
  price: number
}

/** First message of the `trade` feed: recent trades. */
export type FuturesTradeSnapshotMessage = {
  feed: 'trade_snapshot'
  product_id: string
  trades: FuturesTradeMessage[]
}
