export type { FuturesInstrument } from './_instruments.js'
export type { FuturesAccount, FuturesHistoryElement } from './FuturesAccount.js'
export { FuturesEngine, type FuturesOrderStatus, type FuturesSendOrderInput } from './FuturesEngine.js'
export type {
  FuturesAccountLogEntry,
  FuturesBookLevel,
  FuturesEngineEvent,
  FuturesFill,
  FuturesMarketEvent,
  FuturesNotification,
  FuturesOpenOrderReason,
  FuturesOrder,
  FuturesOrderType,
  FuturesPosition,
  FuturesTicker,
  FuturesTrade,
  FuturesWsOrder,
} from './FuturesEngineTypes.js'
export { FuturesMarket, type FuturesMarketState } from './FuturesMarket.js'
export { getFuturesEngine } from './getFuturesEngine.js'
export { toRestOrder, toWsOrder } from './toWsOrder.js'
