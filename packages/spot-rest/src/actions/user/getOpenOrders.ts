import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { OrderInfo } from '../../responses/OrderInfo.js'
import type { SpotClient } from '../../SpotClient.js'
import { Int32Schema } from '../../schemas/Int32Schema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getOpenOrders} (Kraken's wire names; unknown keys are passed through). */
export const GetOpenOrdersParametersSchema = v.looseObject({
  /** Include trade ids. */
  trades: v.optional(v.boolean()),
  /** Only orders with this user reference. */
  userref: v.optional(Int32Schema),
  /** Only the order with this client order id. */
  cl_ord_id: v.optional(NameSchema),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetOpenOrdersParameters = v.InferInput<typeof GetOpenOrdersParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetOpenOrdersReturnType = { open: Record<string, OrderInfo> }

/**
 * Open orders. Permission: Query open orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-orders
 * - Python: `User.get_open_orders`
 *
 * @example
 * import { createSpotClient, getOpenOrders } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getOpenOrders(client, { trades: true })
 */
export async function getOpenOrders(
  client: SpotClient,
  parameters: GetOpenOrdersParameters = {},
  options?: RequestOptions,
): Promise<GetOpenOrdersReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetOpenOrdersParametersSchema, parameters, 'getOpenOrders')
  return client.request<GetOpenOrdersReturnType>('POST', '/0/private/OpenOrders', body, options)
}
