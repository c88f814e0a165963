export { fromWsAmendParams, fromWsOrderParams } from './fromWsOrderParams.js'
export { getSpotEngine } from './getSpotEngine.js'
export { isSimKrakenError, SimKrakenError } from './SimKrakenError.js'
export {
  MAKER_FEE,
  type SpotAccount,
  type SpotAddOrderResult,
  type SpotAmend,
  type SpotEditResult,
  SpotEngine,
  type SpotEngineOptions,
  TAKER_FEE,
} from './SpotEngine.js'
export type {
  SpotAmendParams,
  SpotEditParams,
  SpotEngineEvent,
  SpotExecutionReport,
  SpotLedgerEntry,
  SpotOrder,
  SpotOrderParams,
  SpotOrderStatus,
  SpotUserTrade,
} from './types.js'
