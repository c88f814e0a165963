export * from './actions/index.js'
export { createFuturesClient } from './createFuturesClient.js'
export { type FuturesEndpointName, type FuturesEndpointSpec, futuresEndpoints } from './endpoints.js'
export { FUTURES_DEMO_URL, FUTURES_REST_URL, FuturesClient } from './FuturesClient.js'
export { FuturesRateLimiter, type FuturesRateLimiterOptions, type FuturesRateLimitWait } from './FuturesRateLimiter.js'
export type { FormValue } from './internal/_encodeForm.js'
export { Funding } from './namespaces/Funding.js'
export { Market } from './namespaces/Market.js'
export { Trade } from './namespaces/Trade.js'
export { User } from './namespaces/User.js'
export type {
  FuturesBatchStatus,
  FuturesCancelStatus,
  FuturesEditStatus,
  FuturesFill,
  FuturesHistoryPage,
  FuturesOpenOrder,
  FuturesOpenPosition,
  FuturesOrderEvent,
  FuturesSendStatus,
  FuturesSuccess,
  FuturesTicker,
} from './responses.js'
export {
  BooleanSchema,
  DecimalSchema,
  IntegerSchema,
  PositiveDecimalSchema,
  SymbolSchema,
  TextSchema,
} from './schemas/Decimal.js'
export type { FuturesClientOptions, FuturesRequestOptions, FuturesRequestParameters } from './types.js'
