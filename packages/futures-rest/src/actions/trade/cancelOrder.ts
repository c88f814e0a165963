import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesCancelStatus, FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'
import { CliOrdIdSchema } from './_OrderFields.js'

export const CancelOrderParametersSchema = v.strictObject({
  /** The order to cancel (or `cliOrdId`). Kraken's wire name is snake_case here. */
  order_id: v.optional(TextSchema),
  /** Your id of the order to cancel (or `order_id`). */
  cliOrdId: v.optional(CliOrdIdSchema),
  processBefore: v.optional(TextSchema),
})

export type CancelOrderParameters = v.InferInput<typeof CancelOrderParametersSchema>
/** `cancelStatus.status` is `cancelled`; `notFound`/`filled` are thrown as KrakenError. */
export type CancelOrderReturnType = FuturesSuccess<{ cancelStatus: FuturesCancelStatus }>

/**
 * Cancels one order by `order_id` or `cliOrdId` (python's `orderId` is accepted as an alias of `order_id`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/cancel-order
 * - Python: `Trade.cancel_order`
 *
 * @example
 * import { cancelOrder, createFuturesClient } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * await cancelOrder(client, { cliOrdId: 'my-1' })
 */
export async function cancelOrder(
  client: FuturesClient,
  parameters: CancelOrderParameters & { /** @deprecated Use `order_id`. */ orderId?: string },
  options?: FuturesRequestOptions,
): Promise<CancelOrderReturnType> {
  const wire = _parseParameters(CancelOrderParametersSchema, parameters, 'cancelOrder', { orderId: 'order_id' })
  if (wire.order_id === undefined && wire.cliOrdId === undefined) {
    throw new KrakenValidationError('Invalid parameter "order_id" for cancelOrder: order_id or cliOrdId is required', {
      field: 'order_id',
    })
  }
  return client.request('POST', '/derivatives/api/v3/cancelorder', { body: wire }, options)
}
