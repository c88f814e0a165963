import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link cancelAllOrders} (Kraken's wire names; unknown keys are passed through). */
export const CancelAllOrdersParametersSchema = v.looseObject({})

export type CancelAllOrdersParameters = v.InferInput<typeof CancelAllOrdersParametersSchema>

/** Kraken's `result`. */
export type CancelAllOrdersReturnType = { count: number; pending?: boolean }

/**
 * Cancels every open order. Permission: Cancel/close orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/cancel-all-orders
 * - Python: `Trade.cancel_all_orders`
 *
 * @example
 * import { createSpotClient, cancelAllOrders } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await cancelAllOrders(client)
 */
export async function cancelAllOrders(
  client: SpotClient,
  parameters: CancelAllOrdersParameters = {},
  options?: RequestOptions,
): Promise<CancelAllOrdersReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CancelAllOrdersParametersSchema, parameters, 'cancelAllOrders')
  return client.request<CancelAllOrdersReturnType>('POST', '/0/private/CancelAll', body, options)
}
