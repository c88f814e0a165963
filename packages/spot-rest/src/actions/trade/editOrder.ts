import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { Int32Schema } from '../../schemas/Int32Schema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { OflagsSchema } from '../../schemas/OflagsSchema.js'
import { PriceSchema } from '../../schemas/PriceSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link editOrder}. */
export const EditOrderParametersSchema = v.looseObject({
  /** Kraken txid or your `userref` of the order to edit. */
  txid: v.union([NameSchema, Int32Schema], 'Expected a txid string or a userref integer'),
  /** The order's pair. */
  pair: NameSchema,
  /** `tokenized_asset` for xStocks. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
  /** New user reference. */
  userref: v.optional(Int32Schema),
  /** New volume. */
  volume: v.optional(DecimalSchema),
  /** New visible volume (iceberg). */
  displayvol: v.optional(DecimalSchema),
  /** New price (`+`/`-`/`#` prefixes and `%` allowed). */
  price: v.optional(PriceSchema),
  /** New secondary price. */
  price2: v.optional(PriceSchema),
  /** New order flags (list or comma-separated). */
  oflags: v.optional(OflagsSchema),
  /** RFC 3339 time after which Kraken rejects the edit. */
  deadline: v.optional(NameSchema),
  /** Cancel the original order if the edit fails. */
  cancel_response: v.optional(v.boolean()),
  /** Validate only. */
  validate: v.optional(v.boolean()),
})

export type EditOrderParameters = v.InferInput<typeof EditOrderParametersSchema>

/** Kraken's `result`: the new order's `txid`, the original's `originaltxid`. */
export type EditOrderReturnType = {
  descr: { order: string }
  txid: string
  originaltxid: string
  volume: string
  price: string
  price2?: string
  orders_cancelled: number
  status: string
  [field: string]: unknown
}

/**
 * Edits an open order by replacing it (new txid). Prefer `amendOrder`, which keeps queue priority. Never retried;
 * a lost answer throws an "outcome unknown" error (`details.sent = 'maybe'`). Permission: Create & modify orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/edit-order
 * - Python: `Trade.edit_order`
 *
 * @example
 * import { createSpotClient, editOrder } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * await editOrder(client, { txid: 'OHYO67-6LP66-HMQ437', pair: 'XBTUSD', price: '31000' })
 */
export async function editOrder(
  client: SpotClient,
  parameters: EditOrderParameters,
  options?: RequestOptions,
): Promise<EditOrderReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(EditOrderParametersSchema, parameters, 'editOrder')
  return client.request<EditOrderReturnType>('POST', '/0/private/EditOrder', body, options)
}
