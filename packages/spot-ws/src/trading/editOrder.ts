import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import { OrderTriggerSchema } from '../schemas/OrderTriggerSchema.js'
import { DeadlineSchema } from '../schemas/Rfc3339Schema.js'
import { WsDecimalSchema, WsSignedDecimalSchema } from '../schemas/WsDecimalSchema.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

export const EditOrderParametersSchema = v.strictObject({
  order_id: v.pipe(v.string(), v.minLength(1)),
  symbol: v.pipe(v.string(), v.minLength(3)),
  order_qty: v.optional(WsDecimalSchema),
  limit_price: v.optional(WsSignedDecimalSchema),
  display_qty: v.optional(WsDecimalSchema),
  post_only: v.optional(v.boolean()),
  reduce_only: v.optional(v.boolean()),
  deadline: v.optional(DeadlineSchema),
  fee_preference: v.optional(v.picklist(['base', 'quote'])),
  order_userref: v.optional(v.pipe(v.number(), v.integer())),
  validate: v.optional(v.boolean()),
  triggers: v.optional(OrderTriggerSchema),
  no_mpp: v.optional(v.boolean()),
})

/** `edit_order` params (seed 000 `EditOrderParams`). */
export type EditOrderParameters = v.InferInput<typeof EditOrderParametersSchema>

/** Seed 000 `EditOrderResult`: edit is cancel-and-replace, so a new `order_id`. */
export type EditOrderResult = { order_id: string; original_order_id: string; warnings?: string[] }

/**
 * Cancels and replaces an order (new `order_id`, queue priority lost; prefer `amendOrder`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/edit_order
 * - Python: `send_message({"method": "edit_order", …})`
 *
 * @example
 * const { order_id, original_order_id } = await editOrder(client, { order_id: 'OABCDE-…', symbol: 'BTC/USD', order_qty: '0.002' })
 */
export async function editOrder(
  client: WsRequester,
  parameters: EditOrderParameters,
  options?: WsRequestOptions,
): Promise<EditOrderResult> {
  const params = _parseParameters(EditOrderParametersSchema, parameters, 'edit_order')
  const [response] = await client.wsRequest('edit_order', params, options)
  return response!.result as EditOrderResult
}
