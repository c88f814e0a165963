import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesCancelStatus, FuturesSuccess } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const CancelAllOrdersParametersSchema = v.strictObject({
  /** Only orders of this contract. */
  symbol: v.optional(SymbolSchema),
})

export type CancelAllOrdersParameters = v.InferInput<typeof CancelAllOrdersParametersSchema>
export type CancelAllOrdersReturnType = FuturesSuccess<{ cancelStatus: FuturesCancelStatus }>

/**
 * Cancels all your open orders, or those of one symbol.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/cancel-all-orders
 * - Python: `Trade.cancel_all_orders`
 *
 * @example
 * import { createFuturesClient, cancelAllOrders } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await cancelAllOrders(client)
 */
export async function cancelAllOrders(
  client: FuturesClient,
  parameters: CancelAllOrdersParameters = {},
  options?: FuturesRequestOptions,
): Promise<CancelAllOrdersReturnType> {
  const wire = _parseParameters(CancelAllOrdersParametersSchema, parameters, 'cancelAllOrders')
  return client.request('POST', '/derivatives/api/v3/cancelallorders', { body: wire }, options)
}
