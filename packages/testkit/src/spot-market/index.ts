export { getSpotMarket } from './getSpotMarket.js'
export { findAsset, findPair, SIM_ASSETS, SIM_PAIRS, type SimAsset, type SimPair } from './pairs.js'
export { OHLC_INTERVALS, SpotMarket, type SpotMarketOptions } from './SpotMarket.js'
export type { BookLevel, Candle, MarketEvent, MarketTrade, SpreadSample, Ticker } from './types.js'
