export {
  FUTURES_PRIVATE_FEEDS,
  FUTURES_PUBLIC_FEEDS,
  type FuturesFeed,
  type FuturesPrivateFeed,
  type FuturesPublicFeed,
  isFuturesPrivateFeed,
} from './FuturesFeed.js'
export { type FuturesSeqCheck, FuturesSeqTracker } from './FuturesSeqTracker.js'
export { FuturesWsClient, type FuturesWsClientEvents } from './FuturesWsClient.js'
export {
  FUTURES_WS_SANDBOX_URL,
  FUTURES_WS_URL,
  type FuturesWsClientOptions,
  type WebSocketConstructor,
} from './FuturesWsClientOptions.js'
export {
  type FuturesSubscribeParameters,
  FuturesSubscribeParametersSchema,
} from './internal/_parseSubscribeParameters.js'
export type { FuturesSubscription } from './internal/_SubscriptionRegistry.js'
export type {
  FuturesAccountBalancesAndMarginsMessage,
  FuturesAccountLogEntry,
  FuturesAccountLogMessage,
  FuturesAccountLogSnapshotMessage,
  FuturesBalancesMessage,
  FuturesDepositsWithdrawalsMessage,
  FuturesDepositWithdrawal,
  FuturesFill,
  FuturesFillsMessage,
  FuturesFillsSnapshotMessage,
  FuturesFlexBalances,
  FuturesMarginAccountBalance,
  FuturesNotification,
  FuturesNotificationsMessage,
  FuturesOpenPositionsMessage,
  FuturesPosition,
} from './messages/FuturesAccountMessages.js'
export type {
  FuturesAlertMessage,
  FuturesChallengeMessage,
  FuturesErrorMessage,
  FuturesEventMessage,
  FuturesInfoMessage,
  FuturesSubscriptionEventMessage,
} from './messages/FuturesEventMessage.js'
export type {
  FuturesBookLevel,
  FuturesBookMessage,
  FuturesBookSnapshotMessage,
  FuturesHeartbeatMessage,
  FuturesTickerLiteMessage,
  FuturesTickerMessage,
  FuturesTradeMessage,
  FuturesTradeSnapshotMessage,
} from './messages/FuturesMarketMessages.js'
export {
  FUTURES_OPEN_ORDER_REASONS,
  type FuturesOpenOrder,
  type FuturesOpenOrderReason,
  type FuturesOpenOrdersDeltaMessage,
  type FuturesOpenOrdersSnapshotMessage,
  type FuturesOpenOrdersVerboseDeltaMessage,
  type FuturesOpenOrdersVerboseSnapshotMessage,
} from './messages/FuturesOpenOrdersMessage.js'
export type {
  FuturesFeedMessage,
  FuturesFeedMessageMap,
  FuturesStreamMessageMap,
  FuturesWsMessage,
} from './messages/FuturesWsMessage.js'
export { type OpenOrdersChange, OpenOrdersState } from './OpenOrdersState.js'
