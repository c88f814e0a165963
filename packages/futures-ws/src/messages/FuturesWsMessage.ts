import type {
  FuturesAccountBalancesAndMarginsMessage,
  FuturesAccountLogMessage,
  FuturesAccountLogSnapshotMessage,
  FuturesBalancesMessage,
  FuturesDepositsWithdrawalsMessage,
  FuturesFillsMessage,
  FuturesFillsSnapshotMessage,
  FuturesNotificationsMessage,
  FuturesOpenPositionsMessage,
} from './FuturesAccountMessages.js'
import type { FuturesEventMessage } from './FuturesEventMessage.js'
import type {
  FuturesBookMessage,
  FuturesBookSnapshotMessage,
  FuturesHeartbeatMessage,
  FuturesTickerLiteMessage,
  FuturesTickerMessage,
  FuturesTradeMessage,
  FuturesTradeSnapshotMessage,
} from './FuturesMarketMessages.js'
import type {
  FuturesOpenOrdersDeltaMessage,
  FuturesOpenOrdersSnapshotMessage,
  FuturesOpenOrdersVerboseDeltaMessage,
  FuturesOpenOrdersVerboseSnapshotMessage,
} from './FuturesOpenOrdersMessage.js'

/** Every data message, keyed by its `feed` value (snapshots have their own `<feed>_snapshot` names). */
export type FuturesFeedMessageMap = {
  heartbeat: FuturesHeartbeatMessage
  ticker: FuturesTickerMessage
  ticker_lite: FuturesTickerLiteMessage
  book_snapshot: FuturesBookSnapshotMessage
  book: FuturesBookMessage
  trade_snapshot: FuturesTradeSnapshotMessage
  trade: FuturesTradeMessage
  open_orders_snapshot: FuturesOpenOrdersSnapshotMessage
  open_orders: FuturesOpenOrdersDeltaMessage
  open_orders_verbose_snapshot: FuturesOpenOrdersVerboseSnapshotMessage
  open_orders_verbose: FuturesOpenOrdersVerboseDeltaMessage
  fills_snapshot: FuturesFillsSnapshotMessage
  fills: FuturesFillsMessage
  open_positions: FuturesOpenPositionsMessage
  balances_snapshot: FuturesBalancesMessage
  balances: FuturesBalancesMessage
  deposits_withdrawals_snapshot: FuturesDepositsWithdrawalsMessage
  deposits_withdrawals: FuturesDepositsWithdrawalsMessage
  account_balances_and_margins: FuturesAccountBalancesAndMarginsMessage
  account_log_snapshot: FuturesAccountLogSnapshotMessage
  account_log: FuturesAccountLogMessage
  notifications_auth: FuturesNotificationsMessage
}

/** Any data message (has `feed`). Narrow with `message.feed === 'book'`. */
export type FuturesFeedMessage = FuturesFeedMessageMap[keyof FuturesFeedMessageMap]

/**
 * Anything the Futures WebSocket sends: event messages (`event` field) or feed data (`feed` field).
 *
 * @example
 * client.on('message', (message) => {
 *   if ('feed' in message && message.feed === 'book') console.log(message.seq)
 * })
 */
export type FuturesWsMessage = FuturesEventMessage | FuturesFeedMessage

/** What `stream({ feed })` yields per feed: the feed's snapshot (if it has one) and its updates. */
export type FuturesStreamMessageMap = {
  heartbeat: FuturesHeartbeatMessage
  ticker: FuturesTickerMessage
  ticker_lite: FuturesTickerLiteMessage
  book: FuturesBookSnapshotMessage | FuturesBookMessage
  trade: FuturesTradeSnapshotMessage | FuturesTradeMessage
  open_orders: FuturesOpenOrdersSnapshotMessage | FuturesOpenOrdersDeltaMessage
  open_orders_verbose: FuturesOpenOrdersVerboseSnapshotMessage | FuturesOpenOrdersVerboseDeltaMessage
  fills: FuturesFillsSnapshotMessage | FuturesFillsMessage
  open_positions: FuturesOpenPositionsMessage
  balances: FuturesBalancesMessage
  deposits_withdrawals: FuturesDepositsWithdrawalsMessage
  account_balances_and_margins: FuturesAccountBalancesAndMarginsMessage
  account_log: FuturesAccountLogSnapshotMessage | FuturesAccountLogMessage
  notifications_auth: FuturesNotificationsMessage
}
