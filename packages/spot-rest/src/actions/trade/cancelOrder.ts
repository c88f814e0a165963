import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { Int32Schema } from '../../schemas/Int32Schema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link cancelOrder}: exactly one of `txid` (or a userref) and `cl_ord_id`. */
export const CancelOrderParametersSchema = v.pipe(
  v.looseObject({
    /** Kraken txid, or a `userref` integer (cancels every order with it). */
    txid: v.optional(v.union([NameSchema, Int32Schema], 'Expected a txid string or a userref integer')),
    /** Your client order id. */
    cl_ord_id: v.optional(NameSchema),
  }),
  v.forward(
    v.check(
      (input) => (input.txid === undefined) !== (input.cl_ord_id === undefined),
      'Give exactly one of txid or cl_ord_id',
    ),
    ['txid'],
  ),
)

export type CancelOrderParameters = v.InferInput<typeof CancelOrderParametersSchema>

/** Kraken's `result`. */
export type CancelOrderReturnType = { count: number; pending?: boolean }

/**
 * Cancels an open order by txid, userref or cl_ord_id. Costs Kraken's age-dependent penalty on the pair's trading
 * counter (up to +8 for an order younger than 5 s). Permission: Cancel/close orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/cancel-order
 * - Python: `Trade.cancel_order`
 *
 * @example
 * import { createSpotClient, cancelOrder } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const { count } = await cancelOrder(client, { txid: 'OHYO67-6LP66-HMQ437' })
 */
export async function cancelOrder(
  client: SpotClient,
  parameters: CancelOrderParameters,
  options?: RequestOptions,
): Promise<CancelOrderReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CancelOrderParametersSchema, parameters, 'cancelOrder')
  return client.request<CancelOrderReturnType>('POST', '/0/private/CancelOrder', body, options)
}
