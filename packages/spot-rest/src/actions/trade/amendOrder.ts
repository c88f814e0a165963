import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { PriceSchema } from '../../schemas/PriceSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link amendOrder} (Kraken's wire names; unknown keys are passed through). */
export const AmendOrderParametersSchema = v.pipe(
  v.looseObject({
    /** Kraken order id (or use `cl_ord_id`). */
    txid: v.optional(NameSchema),
    /** Your client order id. */
    cl_ord_id: v.optional(NameSchema),
    /** New quantity in base asset. */
    order_qty: v.optional(DecimalSchema),
    /** New visible quantity (iceberg). */
    display_qty: v.optional(DecimalSchema),
    /** New limit price. */
    limit_price: v.optional(PriceSchema),
    /** New trigger price. */
    trigger_price: v.optional(PriceSchema),
    /** Pair (required for xStocks). */
    pair: v.optional(NameSchema),
    /** Reject the amend if the new price would take liquidity. */
    post_only: v.optional(v.boolean()),
    /** RFC 3339 time after which Kraken rejects the request. */
    deadline: v.optional(NameSchema),
  }),
  v.forward(
    v.check(
      (input) => (input.txid === undefined) !== (input.cl_ord_id === undefined),
      'Give exactly one of txid or cl_ord_id',
    ),
    ['txid'],
  ),
)

export type AmendOrderParameters = v.InferInput<typeof AmendOrderParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type AmendOrderReturnType = { amend_id: string }

/**
 * Amends an open order in place (keeps queue priority where possible): quantity, display quantity, limit or trigger price. Permission: Create & modify orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/amend-order
 * - Python: `Trade.amend_order`
 *
 * @example
 * import { createSpotClient, amendOrder } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await amendOrder(client, { txid: 'OHYO67-6LP66-HMQ437', limit_price: '105636.9' })
 */
export async function amendOrder(
  client: SpotClient,
  parameters: AmendOrderParameters = {},
  options?: RequestOptions,
): Promise<AmendOrderReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(AmendOrderParametersSchema, parameters, 'amendOrder')
  return client.request<AmendOrderReturnType>('POST', '/0/private/AmendOrder', body, options)
}
