import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import { DeadlineSchema } from '../schemas/Rfc3339Schema.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'
import { _checkOrder, OrderEntries } from './addOrder.js'

const BatchOrderSchema = v.strictObject(OrderEntries)

export const BatchAddParametersSchema = v.strictObject({
  /** One pair for the whole batch. */
  symbol: v.pipe(v.string(), v.minLength(3)),
  /** 2–15 orders. */
  orders: v.pipe(
    v.array(BatchOrderSchema),
    v.minLength(2, 'A batch needs at least 2 orders.'),
    v.maxLength(15, 'A batch holds at most 15 orders.'),
  ),
  deadline: v.optional(DeadlineSchema),
  validate: v.optional(v.boolean()),
})

/** `batch_add` params (seed 000 `BatchAddParams`). */
export type BatchAddParameters = v.InferInput<typeof BatchAddParametersSchema>

/** Seed 000 `BatchAddResult`: one entry per order, in request order. */
export type BatchAddResult = Array<{
  order_id: string
  cl_ord_id?: string
  order_userref?: number
  warnings?: string[]
}>

/**
 * Places 2–15 orders on one pair in one request (all-or-nothing validation by Kraken).
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_add
 * - Python: `send_message({"method": "batch_add", …})`
 *
 * @example
 * const orders = await batchAdd(client, { symbol: 'BTC/USD', orders: [buy, sell] })
 */
export async function batchAdd(
  client: WsRequester,
  parameters: BatchAddParameters,
  options?: WsRequestOptions,
): Promise<BatchAddResult> {
  const params = _parseParameters(BatchAddParametersSchema, parameters, 'batch_add')
  for (const [index, order] of params.orders.entries()) _checkOrder(order, 'batch_add', `orders.${index}.`)
  const [response] = await client.wsRequest('batch_add', params, options)
  return response!.result as BatchAddResult
}
