import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getOrderAmends} (Kraken's wire names; unknown keys are passed through). */
export const GetOrderAmendsParametersSchema = v.looseObject({
  /** The order's txid. */
  order_id: NameSchema,
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetOrderAmendsParameters = v.InferInput<typeof GetOrderAmendsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetOrderAmendsReturnType = { count: number; amends: Array<Record<string, unknown>> }

/**
 * The amend history of one order. Permission: Query open/closed orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-order-amends
 * - Python: `User.get_order_amends`
 *
 * @example
 * import { createSpotClient, getOrderAmends } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getOrderAmends(client, { order_id: 'OQCLML-BW3P3-BUCMWZ' })
 */
export async function getOrderAmends(
  client: SpotClient,
  parameters: GetOrderAmendsParameters,
  options?: RequestOptions,
): Promise<GetOrderAmendsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetOrderAmendsParametersSchema, parameters, 'getOrderAmends')
  return client.request<GetOrderAmendsReturnType>('POST', '/0/private/OrderAmends', body, options)
}
