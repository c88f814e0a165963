import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { OrderInfo } from '../../responses/OrderInfo.js'
import type { SpotClient } from '../../SpotClient.js'
import { Int32Schema } from '../../schemas/Int32Schema.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getOrdersInfo} (Kraken's wire names; unknown keys are passed through). */
export const GetOrdersInfoParametersSchema = v.looseObject({
  /** One txid or a list (max 50); sent comma-joined. */
  txid: ListSchema,
  /** Include trade ids. */
  trades: v.optional(v.boolean()),
  /** Only orders with this user reference. */
  userref: v.optional(Int32Schema),
  /** Consolidate taker trades (default true). */
  consolidate_taker: v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetOrdersInfoParameters = v.InferInput<typeof GetOrdersInfoParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetOrdersInfoReturnType = Record<string, OrderInfo>

/**
 * Information about specific orders (up to 50 txids). Use it to reconcile an order whose outcome is unknown. Permission: Query open/closed orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-orders-info
 * - Python: `User.get_orders_info`
 *
 * @example
 * import { createSpotClient, getOrdersInfo } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getOrdersInfo(client, { txid: 'OQCLML-BW3P3-BUCMWZ' })
 */
export async function getOrdersInfo(
  client: SpotClient,
  parameters: GetOrdersInfoParameters,
  options?: RequestOptions,
): Promise<GetOrdersInfoReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetOrdersInfoParametersSchema, parameters, 'getOrdersInfo')
  return client.request<GetOrdersInfoReturnType>('POST', '/0/private/QueryOrders', body, options)
}
