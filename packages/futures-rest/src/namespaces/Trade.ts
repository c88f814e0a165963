import { cancelAllOrders } from '../actions/trade/cancelAllOrders.js'
import { cancelOrder } from '../actions/trade/cancelOrder.js'
import { cancelRfqOffer } from '../actions/trade/cancelRfqOffer.js'
import { createBatchOrder } from '../actions/trade/createBatchOrder.js'
import { createOrder } from '../actions/trade/createOrder.js'
import { deadMansSwitch } from '../actions/trade/deadMansSwitch.js'
import { editOrder } from '../actions/trade/editOrder.js'
import { getFills } from '../actions/trade/getFills.js'
import { getOpenRfqOffers } from '../actions/trade/getOpenRfqOffers.js'
import { getOrdersStatus } from '../actions/trade/getOrdersStatus.js'
import { getSelfTradeStrategy } from '../actions/trade/getSelfTradeStrategy.js'
import { placeRfqOffer } from '../actions/trade/placeRfqOffer.js'
import { replaceRfqOffer } from '../actions/trade/replaceRfqOffer.js'
import { setSelfTradeStrategy } from '../actions/trade/setSelfTradeStrategy.js'
import { FuturesClient } from '../FuturesClient.js'
import type { FuturesClientOptions, FuturesRequestOptions, FuturesRequestParameters } from '../types.js'

/**
 * Orders: create, batch, edit, cancel, dead man's switch, fills, status, self-trade strategy, RFQ offers. A thin binding of the standalone actions to one {@link FuturesClient}.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/market-data
 * - Python: `kraken.futures.Trade`
 *
 * @example
 * import { Trade } from '@k/futures-rest'
 * const trade = new Trade({ key, secret })
 */
export class Trade {
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

  /** Cancels all your open orders, or those of one symbol. Python: `Trade.cancel_all_orders`. See {@link cancelAllOrders}. */
  cancelAllOrders(
    parameters?: Parameters<typeof cancelAllOrders>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof cancelAllOrders> {
    return cancelAllOrders(this.client, parameters, options)
  }
  /** Cancels one order by `order_id` or `cliOrdId` (python's `orderId` is accepted as an alias of `order_id`). Python: `Trade.cancel_order`. See {@link cancelOrder}. */
  cancelOrder(
    parameters: Parameters<typeof cancelOrder>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof cancelOrder> {
    return cancelOrder(this.client, parameters, options)
  }
  /** Cancels your offer on a request for quote. Python: none (Kraken operation without a python-kraken-sdk method). See {@link cancelRfqOffer}. */
  cancelRfqOffer(
    parameters: Parameters<typeof cancelRfqOffer>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof cancelRfqOffer> {
    return cancelRfqOffer(this.client, parameters, options)
  }
  /** Sends, edits and cancels orders in one call. Python: `Trade.create_batch_order`. See {@link createBatchOrder}. */
  createBatchOrder(
    parameters: Parameters<typeof createBatchOrder>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof createBatchOrder> {
    return createBatchOrder(this.client, parameters, options)
  }
  /** Places an order. Python: `Trade.create_order`. See {@link createOrder}. */
  createOrder(
    parameters: Parameters<typeof createOrder>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof createOrder> {
    return createOrder(this.client, parameters, options)
  }
  /** Dead man's switch: cancels all orders after `timeout` seconds unless called again; `0` disarms it. Python: `Trade.dead_mans_switch`. See {@link deadMansSwitch}. */
  deadMansSwitch(
    parameters?: Parameters<typeof deadMansSwitch>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof deadMansSwitch> {
    return deadMansSwitch(this.client, parameters, options)
  }
  /** Kraken's name (`cancelallordersafter`) for {@link Trade.deadMansSwitch}. */
  cancelAllOrdersAfter(
    parameters?: Parameters<typeof deadMansSwitch>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof deadMansSwitch> {
    return deadMansSwitch(this.client, parameters, options)
  }
  /** Edits an open order (same order id). Python: `Trade.edit_order`. See {@link editOrder}. */
  editOrder(
    parameters: Parameters<typeof editOrder>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof editOrder> {
    return editOrder(this.client, parameters, options)
  }
  /** Your recent fills (costs 25 instead of 2 with `lastFillTime`). Python: `Trade.get_fills`. See {@link getFills}. */
  getFills(parameters?: Parameters<typeof getFills>[1], options?: FuturesRequestOptions): ReturnType<typeof getFills> {
    return getFills(this.client, parameters, options)
  }
  /** Your open offers on requests for quote. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getOpenRfqOffers}. */
  getOpenRfqOffers(
    parameters?: Parameters<typeof getOpenRfqOffers>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOpenRfqOffers> {
    return getOpenRfqOffers(this.client, parameters, options)
  }
  /** Status of open orders by id or client id: the way to reconcile after a timed-out order call. Python: `Trade.get_orders_status` (`cliOrderIds` / `cliOrdId` accepted as aliases of `cliOrdIds`). See {@link getOrdersStatus}. */
  getOrdersStatus(
    parameters?: Parameters<typeof getOrdersStatus>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOrdersStatus> {
    return getOrdersStatus(this.client, parameters, options)
  }
  /** Your self-trade prevention strategy. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getSelfTradeStrategy}. */
  getSelfTradeStrategy(
    parameters?: Parameters<typeof getSelfTradeStrategy>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getSelfTradeStrategy> {
    return getSelfTradeStrategy(this.client, parameters, options)
  }
  /** Places your offer on a request for quote. Python: none. See {@link placeRfqOffer}. */
  placeRfqOffer(
    parameters: Parameters<typeof placeRfqOffer>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof placeRfqOffer> {
    return placeRfqOffer(this.client, parameters, options)
  }
  /** Replaces your offer on a request for quote. Python: none. See {@link replaceRfqOffer}. */
  replaceRfqOffer(
    parameters: Parameters<typeof replaceRfqOffer>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof replaceRfqOffer> {
    return replaceRfqOffer(this.client, parameters, options)
  }
  /** Sets your self-trade prevention strategy. Python: none (Kraken operation without a python-kraken-sdk method). See {@link setSelfTradeStrategy}. */
  setSelfTradeStrategy(
    parameters: Parameters<typeof setSelfTradeStrategy>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof setSelfTradeStrategy> {
    return setSelfTradeStrategy(this.client, parameters, options)
  }
}
