export { DEMO_ACCOUNT } from './demoAccount.js'
export {
  type FuturesAccount,
  FuturesEngine,
  type FuturesEngineEvent,
  FuturesMarket,
  type FuturesMarketEvent,
  type FuturesOpenOrderReason,
  type FuturesOrder,
  type FuturesWsOrder,
  getFuturesEngine,
  toRestOrder,
  toWsOrder,
} from './futures-engine/index.js'
export { CLI_USAGE, type CliArgs, parseCliArgs } from './parseCliArgs.js'
export {
  fromWsAmendParams,
  fromWsOrderParams,
  getSpotEngine,
  isSimKrakenError,
  MAKER_FEE,
  SimKrakenError,
  type SpotAccount,
  type SpotAddOrderResult,
  type SpotAmend,
  type SpotAmendParams,
  type SpotEditParams,
  type SpotEditResult,
  SpotEngine,
  type SpotEngineEvent,
  type SpotEngineOptions,
  type SpotExecutionReport,
  type SpotLedgerEntry,
  type SpotOrder,
  type SpotOrderParams,
  type SpotOrderStatus,
  type SpotUserTrade,
  TAKER_FEE,
} from './spot-engine/index.js'
export {
  type BookLevel,
  type Candle,
  findAsset,
  findPair,
  getSpotMarket,
  type MarketEvent,
  type MarketTrade,
  OHLC_INTERVALS,
  SIM_ASSETS,
  SIM_PAIRS,
  type SimAsset,
  type SimPair,
  SpotMarket,
  type SpotMarketOptions,
  type SpreadSample,
  type Ticker,
} from './spot-market/index.js'
export { chargeRestCounter, restCallCost } from './spot-rest/rateLimit/chargeRestCounter.js'
export {
  chargeTradingCounter,
  type TradingCounterKind,
  tradingCost,
} from './spot-rest/rateLimit/chargeTradingCounter.js'
export {
  getSpotRateLimits,
  REST_TIERS,
  type SpotRateLimits,
  TRADING_TIERS,
} from './spot-rest/rateLimit/getSpotRateLimits.js'
export { issueWsToken, validateWsToken, WS_TOKEN_TTL_SECONDS } from './spot-rest/wsTokens.js'
export { createSpotWsHandlers } from './spot-ws/createSpotWsHandlers.js'
export { type Simulator, startSimulator } from './startSimulator.js'
export type { SimFaults } from './state/SimFaults.js'
export { SimState } from './state/SimState.js'
export type { SimAccountInit, SimTier, SimulatorOptions } from './types.js'
