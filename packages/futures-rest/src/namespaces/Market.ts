import { getFeeSchedules } from '../actions/market/getFeeSchedules.js'
import { getFeeSchedulesVol } from '../actions/market/getFeeSchedulesVol.js'
import { getHistoricalFundingRates } from '../actions/market/getHistoricalFundingRates.js'
import { getInstrumentStatus } from '../actions/market/getInstrumentStatus.js'
import { getInstruments } from '../actions/market/getInstruments.js'
import { getInstrumentsStatus } from '../actions/market/getInstrumentsStatus.js'
import { getLeveragePreference } from '../actions/market/getLeveragePreference.js'
import { getLiquidityPoolStats } from '../actions/market/getLiquidityPoolStats.js'
import { getMarketAnalytics } from '../actions/market/getMarketAnalytics.js'
import { getOhlc } from '../actions/market/getOhlc.js'
import { getOpenRfq } from '../actions/market/getOpenRfq.js'
import { getOpenRfqs } from '../actions/market/getOpenRfqs.js'
import { getOrderbook } from '../actions/market/getOrderbook.js'
import { getPnlPreference } from '../actions/market/getPnlPreference.js'
import { getPublicExecutionEvents } from '../actions/market/getPublicExecutionEvents.js'
import { getPublicMarkPriceEvents } from '../actions/market/getPublicMarkPriceEvents.js'
import { getPublicOrderEvents } from '../actions/market/getPublicOrderEvents.js'
import { getResolutions } from '../actions/market/getResolutions.js'
import { getTicker } from '../actions/market/getTicker.js'
import { getTickers } from '../actions/market/getTickers.js'
import { getTickTypes } from '../actions/market/getTickTypes.js'
import { getTradeableProducts } from '../actions/market/getTradeableProducts.js'
import { getTradeHistory } from '../actions/market/getTradeHistory.js'
import { setLeveragePreference } from '../actions/market/setLeveragePreference.js'
import { setPnlPreference } from '../actions/market/setPnlPreference.js'
import { FuturesClient } from '../FuturesClient.js'
import type { FuturesClientOptions, FuturesRequestOptions, FuturesRequestParameters } from '../types.js'

/**
 * Public market data (plus leverage and PnL preferences, as python-kraken-sdk groups them). A thin binding of the standalone actions to one {@link FuturesClient}.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/market-data
 * - Python: `kraken.futures.Market`
 *
 * @example
 * import { Market } from '@k/futures-rest'
 * const market = new Market({ key, secret })
 */
export class Market {
  readonly client: FuturesClient

  /** Pass options (own client) or an existing FuturesClient (shared nonce generator and rate limiter). */
  constructor(clientOrOptions: FuturesClient | FuturesClientOptions = {}) {
    this.client = clientOrOptions instanceof FuturesClient ? clientOrOptions : new FuturesClient(clientOrOptions)
  }

  /** The generic request (python's `request`): any Futures endpoint, signed when the route needs it. */
  request<T = unknown>(
    method: string,
    path: string,
    parameters?: FuturesRequestParameters,
    options?: FuturesRequestOptions,
  ): Promise<T> {
    return this.client.request<T>(method, path, parameters, options)
  }

  /** The fee schedules and their volume tiers. Python: `Market.get_fee_schedules`. See {@link getFeeSchedules}. */
  getFeeSchedules(
    parameters?: Parameters<typeof getFeeSchedules>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getFeeSchedules> {
    return getFeeSchedules(this.client, parameters, options)
  }
  /** Your 30-day volume per fee schedule (private). Python: `Market.get_fee_schedules_vol`. See {@link getFeeSchedulesVol}. */
  getFeeSchedulesVol(
    parameters?: Parameters<typeof getFeeSchedulesVol>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getFeeSchedulesVol> {
    return getFeeSchedulesVol(this.client, parameters, options)
  }
  /** Historical funding rates of a perpetual. Python: `Market.get_historical_funding_rates / Funding.get_historical_funding_rates`. See {@link getHistoricalFundingRates}. */
  getHistoricalFundingRates(
    parameters: Parameters<typeof getHistoricalFundingRates>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getHistoricalFundingRates> {
    return getHistoricalFundingRates(this.client, parameters, options)
  }
  /** Price dislocation and volatility status of one instrument. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getInstrumentStatus}. */
  getInstrumentStatus(
    parameters: Parameters<typeof getInstrumentStatus>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getInstrumentStatus> {
    return getInstrumentStatus(this.client, parameters, options)
  }
  /** Contract specifications of every instrument. Python: `Market.get_instruments`. See {@link getInstruments}. */
  getInstruments(
    parameters?: Parameters<typeof getInstruments>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getInstruments> {
    return getInstruments(this.client, parameters, options)
  }
  /** Price dislocation and volatility status of every instrument, or of one when `instrument` is given. Python: `Market.get_instruments_status`. See {@link getInstrumentsStatus}. */
  getInstrumentsStatus(
    parameters?: Parameters<typeof getInstrumentsStatus>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getInstrumentsStatus> {
    return getInstrumentsStatus(this.client, parameters, options)
  }
  /** Your maximum leverage per symbol (isolated margin). Python: `Market.get_leverage_preference`. See {@link getLeveragePreference}. */
  getLeveragePreference(
    parameters?: Parameters<typeof getLeveragePreference>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getLeveragePreference> {
    return getLeveragePreference(this.client, parameters, options)
  }
  /** Liquidity pool statistics over time. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getLiquidityPoolStats}. */
  getLiquidityPoolStats(
    parameters: Parameters<typeof getLiquidityPoolStats>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getLiquidityPoolStats> {
    return getLiquidityPoolStats(this.client, parameters, options)
  }
  /** Market analytics (open interest, volumes, spreads, …) of a symbol over time. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getMarketAnalytics}. */
  getMarketAnalytics(
    parameters: Parameters<typeof getMarketAnalytics>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getMarketAnalytics> {
    return getMarketAnalytics(this.client, parameters, options)
  }
  /** OHLC candles of a contract. Python: `Market.get_ohlc` (the seed's `get_ohlcv` is the alias `getOhlcv`; `from_` is accepted for `from`). See {@link getOhlc}. */
  getOhlc(parameters: Parameters<typeof getOhlc>[1], options?: FuturesRequestOptions): ReturnType<typeof getOhlc> {
    return getOhlc(this.client, parameters, options)
  }
  /** @deprecated Use {@link Market.getOhlc}. Kept for python-kraken-sdk docs parity (the seed's `get_ohlcv`). */
  getOhlcv(parameters: Parameters<typeof getOhlc>[1], options?: FuturesRequestOptions): ReturnType<typeof getOhlc> {
    return getOhlc(this.client, parameters, options)
  }
  /** One open request for quote. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getOpenRfq}. */
  getOpenRfq(
    parameters: Parameters<typeof getOpenRfq>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOpenRfq> {
    return getOpenRfq(this.client, parameters, options)
  }
  /** Open requests for quote (block trades). Python: none (Kraken operation without a python-kraken-sdk method). See {@link getOpenRfqs}. */
  getOpenRfqs(
    parameters?: Parameters<typeof getOpenRfqs>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOpenRfqs> {
    return getOpenRfqs(this.client, parameters, options)
  }
  /** The order book of one contract. Python: `Market.get_orderbook`. See {@link getOrderbook}. */
  getOrderbook(
    parameters: Parameters<typeof getOrderbook>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOrderbook> {
    return getOrderbook(this.client, parameters, options)
  }
  /** Your PnL currency per symbol. Python: `Market.get_pnl_preference`. See {@link getPnlPreference}. */
  getPnlPreference(
    parameters?: Parameters<typeof getPnlPreference>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getPnlPreference> {
    return getPnlPreference(this.client, parameters, options)
  }
  /** Public executions of a contract. Python: `Market.get_public_execution_events`. See {@link getPublicExecutionEvents}. */
  getPublicExecutionEvents(
    parameters: Parameters<typeof getPublicExecutionEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getPublicExecutionEvents> {
    return getPublicExecutionEvents(this.client, parameters, options)
  }
  /** Mark price events of a contract. Python: `Market.get_public_mark_price_events`. See {@link getPublicMarkPriceEvents}. */
  getPublicMarkPriceEvents(
    parameters: Parameters<typeof getPublicMarkPriceEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getPublicMarkPriceEvents> {
    return getPublicMarkPriceEvents(this.client, parameters, options)
  }
  /** Public order events of a contract. Python: `Market.get_public_order_events`. See {@link getPublicOrderEvents}. */
  getPublicOrderEvents(
    parameters: Parameters<typeof getPublicOrderEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getPublicOrderEvents> {
    return getPublicOrderEvents(this.client, parameters, options)
  }
  /** The candle resolutions available for a symbol (python's `tradeable` is accepted as an alias of `symbol`). Python: `Market.get_resolutions`. See {@link getResolutions}. */
  getResolutions(
    parameters: Parameters<typeof getResolutions>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getResolutions> {
    return getResolutions(this.client, parameters, options)
  }
  /** The chart tick types (`mark`, `spot`, `trade`). Python: `Market.get_tick_types`. See {@link getTickTypes}. */
  getTickTypes(
    parameters?: Parameters<typeof getTickTypes>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getTickTypes> {
    return getTickTypes(this.client, parameters, options)
  }
  /** The ticker of one contract. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getTicker}. */
  getTicker(
    parameters: Parameters<typeof getTicker>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getTicker> {
    return getTicker(this.client, parameters, options)
  }
  /** Tickers of every contract and index. Python: `Market.get_tickers`. See {@link getTickers}. */
  getTickers(
    parameters?: Parameters<typeof getTickers>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getTickers> {
    return getTickers(this.client, parameters, options)
  }
  /** Recent public trades of a contract (at most 100). Python: `Market.get_trade_history`. See {@link getTradeHistory}. */
  getTradeHistory(
    parameters: Parameters<typeof getTradeHistory>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getTradeHistory> {
    return getTradeHistory(this.client, parameters, options)
  }
  /** The symbols that have charts for a tick type. Python: `Market.get_tradeable_products`. See {@link getTradeableProducts}. */
  getTradeableProducts(
    parameters: Parameters<typeof getTradeableProducts>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getTradeableProducts> {
    return getTradeableProducts(this.client, parameters, options)
  }
  /** Sets the maximum leverage of a symbol; omitting `maxLeverage` resets it to cross margin. Python: `Market.set_leverage_preference`. See {@link setLeveragePreference}. */
  setLeveragePreference(
    parameters: Parameters<typeof setLeveragePreference>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof setLeveragePreference> {
    return setLeveragePreference(this.client, parameters, options)
  }
  /** Sets the PnL currency of a symbol. Python: `Market.set_pnl_preference`. See {@link setPnlPreference}. */
  setPnlPreference(
    parameters: Parameters<typeof setPnlPreference>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof setPnlPreference> {
    return setPnlPreference(this.client, parameters, options)
  }
}
