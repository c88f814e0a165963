import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

export const BatchCancelParametersSchema = v.pipe(
  v.strictObject({
    /** Kraken `order_id`s (or `order_userref`s as text). */
    orders: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
    cl_ord_id: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  }),
  v.forward(
    v.check((input) => {
      const total = (input.orders?.length ?? 0) + (input.cl_ord_id?.length ?? 0)
      return total >= 2 && total <= 50
    }, 'A batch cancel takes 2 to 50 identifiers (orders + cl_ord_id).'),
    ['orders'],
  ),
)

/** `batch_cancel` params (seed 000 `BatchCancelParams`). */
export type BatchCancelParameters = v.InferInput<typeof BatchCancelParametersSchema>

/** Seed 000 `BatchCancelResult`. */
export type BatchCancelResult = { count: number; warnings?: string[] }

/**
 * Cancels 2–50 orders in one request.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_cancel
 * - Python: `send_message({"method": "batch_cancel", …})`
 *
 * @example
 * const { count } = await batchCancel(client, { orders: [first, second] })
 */
export async function batchCancel(
  client: WsRequester,
  parameters: BatchCancelParameters,
  options?: WsRequestOptions,
): Promise<BatchCancelResult> {
  const params = _parseParameters(BatchCancelParametersSchema, parameters, 'batch_cancel')
  const [response] = await client.wsRequest('batch_cancel', params, options)
  return response!.result as BatchCancelResult
}
