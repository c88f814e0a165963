import { type AddOrderParameters, type AddOrderResult, addOrder } from '../trading/addOrder.js'
import { type AmendOrderParameters, type AmendOrderResult, amendOrder } from '../trading/amendOrder.js'
import { type BatchAddParameters, type BatchAddResult, batchAdd } from '../trading/batchAdd.js'
import { type BatchCancelParameters, type BatchCancelResult, batchCancel } from '../trading/batchCancel.js'
import { type CancelAllResult, cancelAll } from '../trading/cancelAll.js'
import {
  type CancelAllOrdersAfterParameters,
  type CancelAllOrdersAfterResult,
  cancelAllOrdersAfter,
} from '../trading/cancelAllOrdersAfter.js'
import { type CancelOrderParameters, type CancelOrderResult, cancelOrder } from '../trading/cancelOrder.js'
import { type EditOrderParameters, type EditOrderResult, editOrder } from '../trading/editOrder.js'
import type { SpotWsClientEvents } from '../types/SpotWsClientEvents.js'
import type { MethodResponse } from '../types/SpotWsMessage.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'
import { _Emitter } from './_Emitter.js'

/**
 * The trading methods of `SpotWsClient` (seed 000 models): each one is the `trading/` action of the same name
 * called with the client as its {@link WsRequester}. `SpotWsClient` extends this class and supplies `wsRequest`.
 */
export abstract class _SpotWsTrading extends _Emitter<SpotWsClientEvents> implements WsRequester {
  abstract wsRequest(
    method: string,
    params: Record<string, unknown> | undefined,
    options?: WsRequestOptions & { expected?: number },
  ): Promise<MethodResponse[]>

  /** {@link addOrder}: place an order; resolves with `{ order_id, … }`. */
  addOrder(params: AddOrderParameters, options?: WsRequestOptions): Promise<AddOrderResult> {
    return addOrder(this, params, options)
  }
  /** {@link amendOrder}: change an order in place; resolves with `{ amend_id, … }`. */
  amendOrder(params: AmendOrderParameters, options?: WsRequestOptions): Promise<AmendOrderResult> {
    return amendOrder(this, params, options)
  }
  /** {@link editOrder}: cancel-and-replace; resolves with `{ order_id, original_order_id }`. */
  editOrder(params: EditOrderParameters, options?: WsRequestOptions): Promise<EditOrderResult> {
    return editOrder(this, params, options)
  }
  /** {@link cancelOrder}: one result per cancelled order. */
  cancelOrder(params: CancelOrderParameters, options?: WsRequestOptions): Promise<CancelOrderResult[]> {
    return cancelOrder(this, params, options)
  }
  /** {@link cancelAll}: cancel every open order; resolves with `{ count }`. */
  cancelAll(options?: WsRequestOptions): Promise<CancelAllResult> {
    return cancelAll(this, options)
  }
  /** {@link cancelAllOrdersAfter}: dead man's switch. */
  cancelAllOrdersAfter(
    params: CancelAllOrdersAfterParameters,
    options?: WsRequestOptions,
  ): Promise<CancelAllOrdersAfterResult> {
    return cancelAllOrdersAfter(this, params, options)
  }
  /** {@link batchAdd}: 2–15 orders on one pair. */
  batchAdd(params: BatchAddParameters, options?: WsRequestOptions): Promise<BatchAddResult> {
    return batchAdd(this, params, options)
  }
  /** {@link batchCancel}: 2–50 orders. */
  batchCancel(params: BatchCancelParameters, options?: WsRequestOptions): Promise<BatchCancelResult> {
    return batchCancel(this, params, options)
  }
}
