/** Order types Kraken Futures accepts on `sendorder` (`orderType`). */
export type FuturesOrderType = 'lmt' | 'post' | 'ioc' | 'mkt' | 'stp' | 'take_profit' | 'trailing_stop'

/** Every `reason` of the `open_orders` feed (seed 002). */
export type FuturesOpenOrderReason =
  | 'new_placed_order_by_user'
  | 'liquidation'
  | 'stop_order_triggered'
  | 'limit_order_from_stop'
  | 'partial_fill'
  | 'full_fill'
  | 'cancelled_by_user'
  | 'contract_expired'
  | 'not_enough_margin'
  | 'market_inactive'
  | 'cancelled_by_admin'
  | 'dead_man_switch'
  | 'ioc_order_failed_because_it_would_not_be_executed'
  | 'post_order_failed_because_it_would_filled'
  | 'would_execute_self'
  | 'would_not_reduce_position'
  | 'order_for_edit_not_found'
  | 'edited_by_user'

/** An order as the engine keeps it (times in ms since the epoch). */
export type FuturesOrder = {
  order_id: string
  cliOrdId?: string
  /** Futures API key of the owner. */
  account: string
  symbol: string
  side: 'buy' | 'sell'
  orderType: FuturesOrderType
  size: number
  filled: number
  limitPrice?: number
  stopPrice?: number
  reduceOnly: boolean
  triggerSignal?: 'mark' | 'index' | 'last' | 'spot'
  trailingStopMaxDeviation?: number
  trailingStopDeviationUnit?: 'PERCENT' | 'QUOTE_CURRENCY'
  receivedTime: number
  lastUpdateTime: number
}

/** The order object of the WS `open_orders` feed (seed 002 shape). */
export type FuturesWsOrder = {
  instrument: string
  time: number
  last_update_time: number
  qty: number
  filled: number
  limit_price: number
  stop_price: number
  type: 'limit' | 'stop' | 'take_profit' | 'trailing_stop'
  order_id: string
  cli_ord_id?: string
  direction: 0 | 1
  reduce_only: boolean
  triggerSignal?: string
  trailing_stop_options?: { max_deviation: number; unit: string }
}

export type FuturesFill = {
  fill_id: string
  symbol: string
  side: 'buy' | 'sell'
  order_id: string
  cliOrdId?: string
  size: number
  price: number
  /** ms since the epoch. */
  fillTime: number
  fillType: 'maker' | 'taker' | 'liquidation'
  fee: number
  feeCurrency: string
}

export type FuturesPosition = {
  symbol: string
  side: 'long' | 'short'
  /** Absolute size; 0 in a `position` event means the position was closed. */
  size: number
  /** Average entry price. */
  price: number
  fillTime: number
}

export type FuturesAccountLogEntry = {
  id: number
  date: string
  asset: string
  info: string
  booking_uid: string
  margin_account: string
  old_balance: number
  new_balance: number
  fee: number | null
  realized_pnl: number | null
  trade_price: number | null
  contract: string | null
  execution: string | null
  collateral: string | null
  funding_rate: number | null
  mark_price: number | null
  new_average_entry_price: number | null
  old_average_entry_price: number | null
  realized_funding: number | null
  conversion_spread_percentage: number | null
  liquidation_fee: number | null
}

export type FuturesNotification = {
  type: string
  priority: 'low' | 'medium' | 'high'
  note: string
  effectiveTime: string
}

export type FuturesBookLevel = { price: number; qty: number }

export type FuturesTicker = {
  tag: string
  pair: string
  symbol: string
  markPrice: number
  bid: number
  bidSize: number
  ask: number
  askSize: number
  vol24h: number
  volumeQuote: number
  openInterest: number
  open24h: number
  indexPrice: number
  last: number
  lastTime: string
  lastSize: number
  suspended: boolean
  fundingRate?: number
  fundingRatePrediction?: number
  postOnly: boolean
  change24h: number
}

export type FuturesTrade = {
  trade_id: number
  uid: string
  product_id: string
  side: 'buy' | 'sell'
  price: number
  qty: number
  /** ms since the epoch. */
  time: number
  type: 'fill' | 'liquidation'
}

/**
 * What the engine emits. Private kinds carry `account` (the FUTURES API key that owns the data); `book`, `trade`
 * and `ticker` are public.
 */
export type FuturesEngineEvent =
  | { kind: 'open_orders'; account: string; order: FuturesWsOrder; is_cancel: boolean; reason: FuturesOpenOrderReason }
  | { kind: 'fill'; account: string; fill: FuturesFill }
  | { kind: 'position'; account: string; position: FuturesPosition }
  | { kind: 'balance'; account: string; wallet: string; currency: string; balance: number }
  | { kind: 'account_log'; account: string; entry: FuturesAccountLogEntry }
  | { kind: 'notification'; account: string | undefined; notification: FuturesNotification }
  | {
      kind: 'book'
      product_id: string
      side: 'buy' | 'sell'
      price: number
      qty: number
      seq: number
      timestamp: number
    }
  | { kind: 'trade'; trade: FuturesTrade }
  | { kind: 'ticker'; ticker: FuturesTicker }

/** The public (market) subset of {@link FuturesEngineEvent}. */
export type FuturesMarketEvent = Extract<FuturesEngineEvent, { kind: 'book' | 'trade' | 'ticker' }>
