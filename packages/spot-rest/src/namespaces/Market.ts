import {
  type GetAssetPairsParameters,
  type GetAssetPairsReturnType,
  getAssetPairs,
} from '../actions/market/getAssetPairs.js'
import { type GetAssetsParameters, type GetAssetsReturnType, getAssets } from '../actions/market/getAssets.js'
import { type GetOhlcParameters, type GetOhlcReturnType, getOhlc } from '../actions/market/getOhlc.js'
import {
  type GetOrderBookParameters,
  type GetOrderBookReturnType,
  getOrderBook,
} from '../actions/market/getOrderBook.js'
import {
  type GetRecentSpreadsParameters,
  type GetRecentSpreadsReturnType,
  getRecentSpreads,
} from '../actions/market/getRecentSpreads.js'
import {
  type GetRecentTradesParameters,
  type GetRecentTradesReturnType,
  getRecentTrades,
} from '../actions/market/getRecentTrades.js'
import {
  type GetServerTimeParameters,
  type GetServerTimeReturnType,
  getServerTime,
} from '../actions/market/getServerTime.js'
import {
  type GetSystemStatusParameters,
  type GetSystemStatusReturnType,
  getSystemStatus,
} from '../actions/market/getSystemStatus.js'
import { type GetTickerParameters, type GetTickerReturnType, getTicker } from '../actions/market/getTicker.js'
import { SpotClient } from '../SpotClient.js'
import type { RequestOptions, SpotClientOptions } from '../types.js'

/**
 * Kraken's public market data (no credentials needed). A thin class over the standalone actions: every method is `action(this.client, …)`.
 * Construct it with options (its own client) or with an existing SpotClient (shared nonce generator and rate limiter).
 *
 * - Python: `kraken.spot.Market`
 *
 * @example
 * import { Market } from '@k/spot-rest'
 * const market = new Market()
 * await market.getTicker({ pair: 'XBTUSD' })
 */
export class Market {
  readonly client: SpotClient

  constructor(clientOrOptions: SpotClient | SpotClientOptions = {}) {
    this.client = clientOrOptions instanceof SpotClient ? clientOrOptions : new SpotClient(clientOrOptions)
  }

  /** Calls any endpoint through this class's client (python-kraken-sdk's generic `request`). */
  request<T = unknown>(...args: Parameters<SpotClient['request']>): Promise<T> {
    return this.client.request<T>(...args)
  }

  /** {@link getServerTime} bound to this client. Not in python-kraken-sdk. */
  getServerTime(parameters?: GetServerTimeParameters, options?: RequestOptions): Promise<GetServerTimeReturnType> {
    return getServerTime(this.client, parameters ?? {}, options)
  }

  /** {@link getSystemStatus} bound to this client. python-kraken-sdk: `Market.get_system_status`. */
  getSystemStatus(
    parameters?: GetSystemStatusParameters,
    options?: RequestOptions,
  ): Promise<GetSystemStatusReturnType> {
    return getSystemStatus(this.client, parameters ?? {}, options)
  }

  /** {@link getAssets} bound to this client. python-kraken-sdk: `Market.get_assets`. */
  getAssets(parameters?: GetAssetsParameters, options?: RequestOptions): Promise<GetAssetsReturnType> {
    return getAssets(this.client, parameters ?? {}, options)
  }

  /** {@link getAssetPairs} bound to this client. python-kraken-sdk: `Market.get_asset_pairs`. */
  getAssetPairs(parameters?: GetAssetPairsParameters, options?: RequestOptions): Promise<GetAssetPairsReturnType> {
    return getAssetPairs(this.client, parameters ?? {}, options)
  }

  /** {@link getTicker} bound to this client. python-kraken-sdk: `Market.get_ticker`. */
  getTicker(parameters?: GetTickerParameters, options?: RequestOptions): Promise<GetTickerReturnType> {
    return getTicker(this.client, parameters ?? {}, options)
  }

  /** {@link getOhlc} bound to this client. python-kraken-sdk: `Market.get_ohlc`. */
  getOhlc(parameters: GetOhlcParameters, options?: RequestOptions): Promise<GetOhlcReturnType> {
    return getOhlc(this.client, parameters, options)
  }

  /** @deprecated Use {@link Market.getOhlc}. Kept for python-kraken-sdk docs parity (the seed's `get_ohlcv`). */
  getOhlcv(parameters: GetOhlcParameters, options?: RequestOptions): Promise<GetOhlcReturnType> {
    return getOhlc(this.client, parameters, options)
  }

  /** {@link getOrderBook} bound to this client. python-kraken-sdk: `Market.get_order_book`. */
  getOrderBook(parameters: GetOrderBookParameters, options?: RequestOptions): Promise<GetOrderBookReturnType> {
    return getOrderBook(this.client, parameters, options)
  }

  /** {@link getRecentTrades} bound to this client. python-kraken-sdk: `Market.get_recent_trades`. */
  getRecentTrades(parameters: GetRecentTradesParameters, options?: RequestOptions): Promise<GetRecentTradesReturnType> {
    return getRecentTrades(this.client, parameters, options)
  }

  /** {@link getRecentSpreads} bound to this client. python-kraken-sdk: `Market.get_recent_spreads`. */
  getRecentSpreads(
    parameters: GetRecentSpreadsParameters,
    options?: RequestOptions,
  ): Promise<GetRecentSpreadsReturnType> {
    return getRecentSpreads(this.client, parameters, options)
  }
}
