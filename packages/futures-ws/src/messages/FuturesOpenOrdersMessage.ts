/**
 * Every `reason` of an `open_orders` delta (seed 002; `edited_by_user` is also sent by Kraken on edits).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/websocket/open_orders
 *
 * @example
 * import { FUTURES_OPEN_ORDER_REASONS } from '@k/futures-ws'
 * FUTURES_OPEN_ORDER_REASONS.includes('dead_man_switch') // true
 */
export const FUTURES_OPEN_ORDER_REASONS = [
  'new_placed_order_by_user',
  'liquidation',
  'stop_order_triggered',
  'limit_order_from_stop',
  'partial_fill',
  'full_fill',
  'cancelled_by_user',
  'contract_expired',
  'not_enough_margin',
  'market_inactive',
  'cancelled_by_admin',
  'dead_man_switch',
  'ioc_order_failed_because_it_would_not_be_executed',
  'post_order_failed_because_it_would_filled',
  'would_execute_self',
  'would_not_reduce_position',
  'order_for_edit_not_found',
  'edited_by_user',
] as const

/** Why an open order changed. */
export type FuturesOpenOrderReason = (typeof FUTURES_OPEN_ORDER_REASONS)[number]

/** One open order as the feed shows it. `direction`: 0 = buy, 1 = sell (Kraken's encoding). */
export type FuturesOpenOrder = {
  instrument: string
  time: number
  last_update_time: number
  qty: number
  filled: number
  limit_price?: number
  stop_price?: number
  type: 'limit' | 'stop' | 'take_profit' | 'trailing_stop' | (string & {})
  order_id: string
  cli_ord_id?: string
  direction: 0 | 1
  reduce_only: boolean
  triggerSignal?: string
  trailing_stop_options?: { max_deviation: number; unit: string }
}

/** First message after subscribing to `open_orders`: every open order of the account. */
export type FuturesOpenOrdersSnapshotMessage = {
  feed: 'open_orders_snapshot'
  account: string
  orders: FuturesOpenOrder[]
}

/**
 * An `open_orders` delta. `is_cancel: false` → the order was placed or changed (upsert); `is_cancel: true` → it
 * left the book (filled, cancelled, rejected) and must be removed. Kraken quirk: a user cancel may carry only
 * `order_id` (and `cli_ord_id`) instead of the whole `order`.
 */
export type FuturesOpenOrdersDeltaMessage = {
  feed: 'open_orders'
  order?: FuturesOpenOrder
  order_id?: string
  cli_ord_id?: string | null
  is_cancel: boolean
  reason: FuturesOpenOrderReason
}

/** `open_orders_verbose` snapshot (same orders; the verbose feed also reports rejected post-only orders). */
export type FuturesOpenOrdersVerboseSnapshotMessage = {
  feed: 'open_orders_verbose_snapshot'
  account: string
  orders: FuturesOpenOrder[]
}

/** `open_orders_verbose` delta. */
export type FuturesOpenOrdersVerboseDeltaMessage = Omit<FuturesOpenOrdersDeltaMessage, 'feed'> & {
  feed: 'open_orders_verbose'
}
