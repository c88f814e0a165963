import { type AmendOrderParameters, type AmendOrderReturnType, amendOrder } from '../actions/trade/amendOrder.js'
import {
  type CancelAllOrdersParameters,
  type CancelAllOrdersReturnType,
  cancelAllOrders,
} from '../actions/trade/cancelAllOrders.js'
import {
  type CancelAllOrdersAfterXParameters,
  type CancelAllOrdersAfterXReturnType,
  cancelAllOrdersAfterX,
} from '../actions/trade/cancelAllOrdersAfterX.js'
import { type CancelOrderParameters, type CancelOrderReturnType, cancelOrder } from '../actions/trade/cancelOrder.js'
import {
  type CancelOrderBatchParameters,
  type CancelOrderBatchReturnType,
  cancelOrderBatch,
} from '../actions/trade/cancelOrderBatch.js'
import {
  type CreateOrderOptions,
  type CreateOrderParameters,
  type CreateOrderReturnType,
  createOrder,
} from '../actions/trade/createOrder.js'
import {
  type CreateOrderBatchParameters,
  type CreateOrderBatchReturnType,
  createOrderBatch,
} from '../actions/trade/createOrderBatch.js'
import { type EditOrderParameters, type EditOrderReturnType, editOrder } from '../actions/trade/editOrder.js'
import {
  clearTruncateCache,
  type TruncateParameters,
  type TruncateReturnType,
  truncate,
} from '../actions/trade/truncate.js'
import { SpotClient } from '../SpotClient.js'
import type { RequestOptions, SpotClientOptions } from '../types.js'

/**
 * Placing, editing, amending and cancelling orders, plus `truncate`. A thin class over the standalone actions: every method is `action(this.client, …)`.
 * Construct it with options (its own client) or with an existing SpotClient (shared nonce generator and rate limiter).
 *
 * - Python: `kraken.spot.Trade`
 *
 * @example
 * import { Trade } from '@k/spot-rest'
 * const trade = new Trade({ key, secret })
 * await trade.cancelOrder({ txid: 'OHYO67-6LP66-HMQ437' })
 */
export class Trade {
  readonly client: SpotClient

  constructor(clientOrOptions: SpotClient | SpotClientOptions = {}) {
    this.client = clientOrOptions instanceof SpotClient ? clientOrOptions : new SpotClient(clientOrOptions)
  }

  /** Calls any endpoint through this class's client (python-kraken-sdk's generic `request`). */
  request<T = unknown>(...args: Parameters<SpotClient['request']>): Promise<T> {
    return this.client.request<T>(...args)
  }

  /** {@link createOrder} bound to this client. python-kraken-sdk: `Trade.create_order`. */
  createOrder(parameters: CreateOrderParameters, options?: CreateOrderOptions): Promise<CreateOrderReturnType> {
    return createOrder(this.client, parameters, options)
  }

  /** {@link createOrderBatch} bound to this client. python-kraken-sdk: `Trade.create_order_batch`. */
  createOrderBatch(
    parameters: CreateOrderBatchParameters,
    options?: RequestOptions,
  ): Promise<CreateOrderBatchReturnType> {
    return createOrderBatch(this.client, parameters, options)
  }

  /** {@link editOrder} bound to this client. python-kraken-sdk: `Trade.edit_order`. */
  editOrder(parameters: EditOrderParameters, options?: RequestOptions): Promise<EditOrderReturnType> {
    return editOrder(this.client, parameters, options)
  }

  /** {@link amendOrder} bound to this client. python-kraken-sdk: `Trade.amend_order`. */
  amendOrder(parameters?: AmendOrderParameters, options?: RequestOptions): Promise<AmendOrderReturnType> {
    return amendOrder(this.client, parameters ?? {}, options)
  }

  /** {@link cancelOrder} bound to this client. python-kraken-sdk: `Trade.cancel_order`. */
  cancelOrder(parameters: CancelOrderParameters, options?: RequestOptions): Promise<CancelOrderReturnType> {
    return cancelOrder(this.client, parameters, options)
  }

  /** {@link cancelAllOrders} bound to this client. python-kraken-sdk: `Trade.cancel_all_orders`. */
  cancelAllOrders(
    parameters?: CancelAllOrdersParameters,
    options?: RequestOptions,
  ): Promise<CancelAllOrdersReturnType> {
    return cancelAllOrders(this.client, parameters ?? {}, options)
  }

  /** {@link cancelAllOrdersAfterX} bound to this client. python-kraken-sdk: `Trade.cancel_all_orders_after_x`. */
  cancelAllOrdersAfterX(
    parameters: CancelAllOrdersAfterXParameters,
    options?: RequestOptions,
  ): Promise<CancelAllOrdersAfterXReturnType> {
    return cancelAllOrdersAfterX(this.client, parameters, options)
  }

  /** {@link cancelOrderBatch} bound to this client. python-kraken-sdk: `Trade.cancel_order_batch`. */
  cancelOrderBatch(
    parameters: CancelOrderBatchParameters,
    options?: RequestOptions,
  ): Promise<CancelOrderBatchReturnType> {
    return cancelOrderBatch(this.client, parameters, options)
  }

  /**
   * Cuts an amount to the pair's decimals (exact decimal strings). Accepts python-kraken-sdk's positional form
   * `truncate(amount, amountType, pair, assetClass?)` or one parameters object. python-kraken-sdk: `Trade.truncate`.
   */
  truncate(
    amount: TruncateParameters | TruncateParameters['amount'],
    amountType?: TruncateParameters['amount_type'],
    pair?: string,
    assetClass?: TruncateParameters['asset_class'],
  ): Promise<TruncateReturnType> {
    const parameters =
      typeof amount === 'object'
        ? amount
        : ({ amount, amount_type: amountType, pair, asset_class: assetClass } as TruncateParameters)
    return truncate(this.client, parameters)
  }

  /** Forgets the AssetPairs cache of `truncate` (python-kraken-sdk: `truncate.cache_clear()`). */
  clearTruncateCache(): void {
    clearTruncateCache(this.client)
  }
}
