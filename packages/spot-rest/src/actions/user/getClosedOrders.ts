import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { OrderInfo } from '../../responses/OrderInfo.js'
import type { SpotClient } from '../../SpotClient.js'
import { CountSchema } from '../../schemas/CountSchema.js'
import { Int32Schema } from '../../schemas/Int32Schema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import { TimeSchema } from '../../schemas/TimeSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getClosedOrders} (Kraken's wire names; unknown keys are passed through). */
export const GetClosedOrdersParametersSchema = v.looseObject({
  /** Include trade ids. */
  trades: v.optional(v.boolean()),
  /** Only orders with this user reference. */
  userref: v.optional(Int32Schema),
  /** Only the order with this client order id. */
  cl_ord_id: v.optional(NameSchema),
  /** Start Unix time or order txid (exclusive). */
  start: v.optional(TimeSchema),
  /** End Unix time or order txid (inclusive). */
  end: v.optional(TimeSchema),
  /** Result offset for paging. */
  ofs: v.optional(CountSchema),
  /** Which time `start`/`end` apply to (default `both`). */
  closetime: v.optional(v.picklist(['open', 'close', 'both'])),
  /** Consolidate trades by individual taker trades (default true). */
  consolidate_taker: v.optional(v.boolean()),
  /** Skip counting (faster). */
  without_count: v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetClosedOrdersParameters = v.InferInput<typeof GetClosedOrdersParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetClosedOrdersReturnType = { closed: Record<string, OrderInfo>; count?: number }

/**
 * Closed orders, 50 per page (`ofs` to page). Permission: Query closed orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-closed-orders
 * - Python: `User.get_closed_orders`
 *
 * @example
 * import { createSpotClient, getClosedOrders } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getClosedOrders(client, { closetime: 'close' })
 */
export async function getClosedOrders(
  client: SpotClient,
  parameters: GetClosedOrdersParameters = {},
  options?: RequestOptions,
): Promise<GetClosedOrdersReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetClosedOrdersParametersSchema, parameters, 'getClosedOrders')
  return client.request<GetClosedOrdersReturnType>('POST', '/0/private/ClosedOrders', body, options)
}
