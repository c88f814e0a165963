import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

const Ids = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))

export const CancelOrderParametersSchema = v.pipe(
  v.strictObject({
    order_id: v.optional(Ids),
    cl_ord_id: v.optional(Ids),
    order_userref: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1))),
  }),
  v.forward(
    v.check(
      (input) => input.order_id !== undefined || input.cl_ord_id !== undefined || input.order_userref !== undefined,
      'order_id or cl_ord_id (or order_userref) is required.',
    ),
    ['order_id'],
  ),
)

/** `cancel_order` params (seed 000 `CancelOrderParams`): lists of `order_id` and/or `cl_ord_id`. */
export type CancelOrderParameters = v.InferInput<typeof CancelOrderParametersSchema>

/** Seed 000 `CancelOrderResult` (one per cancelled order). */
export type CancelOrderResult = { order_id: string; cl_ord_id?: string; warnings?: string[] }

/**
 * Cancels one or more orders. Kraken answers with one message per order (same `req_id`); this resolves with all of
 * them, in order, or rejects with the first error (every answer is in `error.details.body`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_order
 * - Python: `send_message({"method": "cancel_order", …})`
 *
 * @example
 * const [cancelled] = await cancelOrder(client, { order_id: ['OABCDE-…'] })
 */
export async function cancelOrder(
  client: WsRequester,
  parameters: CancelOrderParameters,
  options?: WsRequestOptions,
): Promise<CancelOrderResult[]> {
  const params = _parseParameters(CancelOrderParametersSchema, parameters, 'cancel_order')
  const expected =
    (params.order_id?.length ?? 0) + (params.cl_ord_id?.length ?? 0) + (params.order_userref?.length ?? 0)
  const responses = await client.wsRequest('cancel_order', params, { ...options, expected })
  return responses.map((response) => response.result as CancelOrderResult)
}
