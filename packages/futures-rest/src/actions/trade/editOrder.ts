import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesEditStatus, FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'
import { CliOrdIdSchema } from './_OrderFields.js'

export const EditOrderParametersSchema = v.strictObject({
  /** The order to edit (or `cliOrdId`). */
  orderId: v.optional(TextSchema),
  /** Your id of the order to edit (or `orderId`). */
  cliOrdId: v.optional(CliOrdIdSchema),
  /** New size. */
  size: v.optional(PositiveDecimalSchema),
  /** New limit price. */
  limitPrice: v.optional(PositiveDecimalSchema),
  /** New stop price (stop orders only). */
  stopPrice: v.optional(PositiveDecimalSchema),
  trailingStopMaxDeviation: v.optional(PositiveDecimalSchema),
  trailingStopDeviationUnit: v.optional(v.picklist(['PERCENT', 'QUOTE_CURRENCY'])),
  /** `ABSOLUTE` (default) or `RELATIVE` size semantics. */
  qtyMode: v.optional(v.picklist(['ABSOLUTE', 'RELATIVE'])),
  processBefore: v.optional(TextSchema),
})

export type EditOrderParameters = v.InferInput<typeof EditOrderParametersSchema>
/** `editStatus.status` is `edited`; other statuses (`orderForEditNotFound`, …) are thrown as KrakenError. */
export type EditOrderReturnType = FuturesSuccess<{ editStatus: FuturesEditStatus }>

/**
 * Edits an open order (same order id). Never retried; a timeout leaves the outcome unknown.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/edit-order-spring
 * - Python: `Trade.edit_order`
 *
 * @example
 * import { createFuturesClient, editOrder } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * await editOrder(client, { cliOrdId: 'my-1', limitPrice: '30500' })
 */
export async function editOrder(
  client: FuturesClient,
  parameters: EditOrderParameters,
  options?: FuturesRequestOptions,
): Promise<EditOrderReturnType> {
  const wire = _parseParameters(EditOrderParametersSchema, parameters, 'editOrder')
  if (wire.orderId === undefined && wire.cliOrdId === undefined) {
    throw new KrakenValidationError('Invalid parameter "orderId" for editOrder: orderId or cliOrdId is required', {
      field: 'orderId',
    })
  }
  return client.request('POST', '/derivatives/api/v3/editorder', { body: wire }, options)
}
