/** @k/trader — one object for a Kraken bot (seed 004): WebSocket-first market data and orders with REST fallback. */

// Seed 004 catches `KrakenAPIError`: the same class as @k/errors' KrakenError (re-exported, not a copy).
export { isKrakenError, KrakenAPIError, KrakenError, KrakenValidationError } from '@k/errors'
export { createTrader } from './createTrader.js'
export { isOutcomeUnknown } from './isOutcomeUnknown.js'
export { PairMap, type PairNames } from './PairMap.js'
export { Trader } from './Trader.js'
export type {
  BatchAddResult,
  BatchOrder,
  CancelResult,
  EditOrderParams,
  EditOrderResult,
  OrderEvent,
  OrderMethod,
  OrderPath,
  OrderType,
  PlaceOrderParams,
  PlaceOrderResult,
  TraderCallOptions,
  TraderEvents,
  TraderOptions,
} from './types.js'
