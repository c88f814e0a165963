import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { Int32Schema } from '../../schemas/Int32Schema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

const TxidSchema = v.union([NameSchema, Int32Schema], 'Expected a txid string or a userref integer')

/**
 * Parameters of {@link cancelOrderBatch}: up to 50 ids in total. `orders` takes txids/userrefs as plain values (as
 * python-kraken-sdk does) or as `{ txid }` objects (Kraken's spec); both are sent as `{ txid }` objects.
 */
export const CancelOrderBatchParametersSchema = v.pipe(
  v.looseObject({
    /** Kraken txids or userrefs. */
    orders: v.optional(
      v.pipe(
        v.array(v.union([TxidSchema, v.object({ txid: TxidSchema })], 'Expected a txid, a userref or { txid }')),
        v.transform((orders) => orders.map((order) => (typeof order === 'object' ? order : { txid: order }))),
      ),
    ),
    /** Client order ids, as plain strings or `{ cl_ord_id }` objects. */
    cl_ord_ids: v.optional(
      v.pipe(
        v.array(v.union([NameSchema, v.object({ cl_ord_id: NameSchema })], 'Expected a cl_ord_id or { cl_ord_id }')),
        v.transform((ids) => ids.map((id) => (typeof id === 'object' ? id : { cl_ord_id: id }))),
      ),
    ),
  }),
  v.forward(
    v.check((input) => {
      const total = (input.orders?.length ?? 0) + (input.cl_ord_ids?.length ?? 0)
      return total >= 1 && total <= 50
    }, 'Give 1 to 50 orders in orders and/or cl_ord_ids'),
    ['orders'],
  ),
)

export type CancelOrderBatchParameters = v.InferInput<typeof CancelOrderBatchParametersSchema>

/** Kraken's `result`. */
export type CancelOrderBatchReturnType = { count: number }

/**
 * Cancels up to 50 orders in one call. Sent as a JSON body (signed exactly as sent). Costs Kraken's cancel penalty
 * per order on each pair's trading counter. Permission: Cancel/close orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/cancel-order-batch
 * - Python: `Trade.cancel_order_batch`
 *
 * @example
 * import { createSpotClient, cancelOrderBatch } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * await cancelOrderBatch(client, { orders: ['OG5V2Y-RYKVL-DT3V3B', 'OP5V2Y-RYKVL-ET3V3B'] })
 */
export async function cancelOrderBatch(
  client: SpotClient,
  parameters: CancelOrderBatchParameters,
  options?: RequestOptions,
): Promise<CancelOrderBatchReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CancelOrderBatchParametersSchema, parameters, 'cancelOrderBatch')
  return client.request<CancelOrderBatchReturnType>('POST', '/0/private/CancelOrderBatch', body, {
    ...options,
    json: true,
  })
}
