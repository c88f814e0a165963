export type { WsToken } from './internal/_TokenProvider.js'
export type { WebSocketConstructor, WebSocketLike } from './internal/_WsConnection.js'
export { SPOT_WS_AUTH_URL, SPOT_WS_URL, SpotWsClient, type StreamOptions } from './SpotWsClient.js'
export { ConditionalCloseSchema, OrderTriggerSchema } from './schemas/OrderTriggerSchema.js'
export { DeadlineSchema, Rfc3339Schema } from './schemas/Rfc3339Schema.js'
export {
  PRIVATE_CHANNEL_NAMES,
  PRIVATE_METHODS,
  PUBLIC_CHANNEL_NAMES,
  type SubscribeParameters,
  SubscribeParametersSchema,
} from './schemas/SubscribeParametersSchema.js'
export { WsDecimalSchema, WsSignedDecimalSchema } from './schemas/WsDecimalSchema.js'
export {
  type DeadMansSwitch,
  type DeadMansSwitchClient,
  type DeadMansSwitchOptions,
  startDeadMansSwitch,
} from './startDeadMansSwitch.js'
export { type AddOrderParameters, AddOrderParametersSchema, type AddOrderResult, addOrder } from './trading/addOrder.js'
export {
  type AmendOrderParameters,
  AmendOrderParametersSchema,
  type AmendOrderResult,
  amendOrder,
} from './trading/amendOrder.js'
export { type BatchAddParameters, BatchAddParametersSchema, type BatchAddResult, batchAdd } from './trading/batchAdd.js'
export {
  type BatchCancelParameters,
  BatchCancelParametersSchema,
  type BatchCancelResult,
  batchCancel,
} from './trading/batchCancel.js'
export { type CancelAllResult, cancelAll } from './trading/cancelAll.js'
export {
  type CancelAllOrdersAfterParameters,
  CancelAllOrdersAfterParametersSchema,
  type CancelAllOrdersAfterResult,
  cancelAllOrdersAfter,
} from './trading/cancelAllOrdersAfter.js'
export {
  type CancelOrderParameters,
  CancelOrderParametersSchema,
  type CancelOrderResult,
  cancelOrder,
} from './trading/cancelOrder.js'
export {
  type EditOrderParameters,
  EditOrderParametersSchema,
  type EditOrderResult,
  editOrder,
} from './trading/editOrder.js'
export type { SpotWsClientEvents } from './types/SpotWsClientEvents.js'
export type { SpotWsCallback, SpotWsClientOptions } from './types/SpotWsClientOptions.js'
export type {
  BalanceData,
  BalancesMessage,
  BookData,
  BookLevel,
  BookMessage,
  ChannelMessageMap,
  ExecutionData,
  ExecutionsMessage,
  HeartbeatMessage,
  InstrumentAsset,
  InstrumentMessage,
  InstrumentPair,
  Level3Data,
  Level3Message,
  Level3Order,
  MethodResponse,
  OhlcData,
  OhlcMessage,
  RateLimitMessage,
  SpotWsChannelMessage,
  SpotWsMessage,
  StatusMessage,
  TickerData,
  TickerMessage,
  TradeData,
  TradeMessage,
  WsChannelEnvelope,
  WsDecimal,
} from './types/SpotWsMessage.js'
export type { WsConnectionName } from './types/WsConnectionName.js'
export type { WsRequester, WsRequestOptions } from './types/WsRequester.js'
export {
  UNIFIED_WS_PRIVATE_URL,
  UNIFIED_WS_URL,
  UnifiedWsClient,
  type UnifiedWsClientOptions,
} from './UnifiedWsClient.js'
