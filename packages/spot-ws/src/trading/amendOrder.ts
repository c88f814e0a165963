import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import { DeadlineSchema } from '../schemas/Rfc3339Schema.js'
import { WsDecimalSchema, WsSignedDecimalSchema } from '../schemas/WsDecimalSchema.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

export const AmendOrderParametersSchema = v.pipe(
  v.strictObject({
    order_id: v.optional(v.pipe(v.string(), v.minLength(1))),
    cl_ord_id: v.optional(v.pipe(v.string(), v.minLength(1))),
    order_qty: v.optional(WsDecimalSchema),
    limit_price: v.optional(WsSignedDecimalSchema),
    limit_price_type: v.optional(v.picklist(['static', 'pct', 'quote'])),
    display_qty: v.optional(WsDecimalSchema),
    post_only: v.optional(v.boolean()),
    reduce_only: v.optional(v.boolean()),
    trigger_price: v.optional(WsSignedDecimalSchema),
    trigger_price_type: v.optional(v.picklist(['static', 'pct', 'quote'])),
    /** Required for non-crypto pairs (xStocks), per Kraken. */
    symbol: v.optional(v.string()),
    deadline: v.optional(DeadlineSchema),
  }),
  v.forward(
    v.check(
      (input) => input.order_id !== undefined || input.cl_ord_id !== undefined,
      'order_id or cl_ord_id is required.',
    ),
    ['order_id'],
  ),
)

/** `amend_order` params (seed 000 `AmendOrderParams`): the order by `order_id` or `cl_ord_id`, and what changes. */
export type AmendOrderParameters = v.InferInput<typeof AmendOrderParametersSchema>

/** Seed 000 `AmendOrderResult`: same `order_id` (queue priority kept) and a new `amend_id`. */
export type AmendOrderResult = { order_id?: string; cl_ord_id?: string; amend_id: string; warnings?: string[] }

/**
 * Amends an order in place (same id, keeps queue priority where Kraken allows).
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/amend_order
 * - Python: `send_message({"method": "amend_order", …})`
 *
 * @example
 * const { amend_id } = await amendOrder(client, { order_id: 'OABCDE-…', limit_price: '91000.0' })
 */
export async function amendOrder(
  client: WsRequester,
  parameters: AmendOrderParameters,
  options?: WsRequestOptions,
): Promise<AmendOrderResult> {
  const params = _parseParameters(AmendOrderParametersSchema, parameters, 'amend_order')
  const [response] = await client.wsRequest('amend_order', params, options)
  return response!.result as AmendOrderResult
}
