import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _jsonWithDecimals } from '../../internal/_jsonWithDecimals.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { _WithAliases } from '../../internal/_WithAliases.js'
import type { FuturesBatchStatus, FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'
import { _checkOrderFields, CliOrdIdSchema, OrderFields } from './_OrderFields.js'

const DECIMAL_KEYS = new Set(['size', 'limitPrice', 'stopPrice', 'trailingStopMaxDeviation', 'limitPriceOffsetValue'])

/** `{ order: 'send', order_tag, … }`: a new order; `order_tag` maps the answer (`batchStatus[].order_tag`) back. */
export const BatchSendSchema = v.strictObject({
  order: v.literal('send'),
  order_tag: v.optional(TextSchema),
  ...OrderFields,
})
/** `{ order: 'edit', order_id | cliOrdId, … }`. */
export const BatchEditSchema = v.strictObject({
  order: v.literal('edit'),
  order_id: v.optional(TextSchema),
  cliOrdId: v.optional(CliOrdIdSchema),
  size: v.optional(PositiveDecimalSchema),
  limitPrice: v.optional(PositiveDecimalSchema),
  stopPrice: v.optional(PositiveDecimalSchema),
  trailingStopMaxDeviation: v.optional(PositiveDecimalSchema),
  trailingStopDeviationUnit: v.optional(v.picklist(['PERCENT', 'QUOTE_CURRENCY'])),
})
/** `{ order: 'cancel', order_id | cliOrdId }`. */
export const BatchCancelSchema = v.strictObject({
  order: v.literal('cancel'),
  order_id: v.optional(TextSchema),
  cliOrdId: v.optional(CliOrdIdSchema),
})

export const CreateBatchOrderParametersSchema = v.strictObject({
  /** The instructions, executed in order (python: `batchorder_list`). */
  batchOrder: v.pipe(
    v.array(v.variant('order', [BatchSendSchema, BatchEditSchema, BatchCancelSchema])),
    v.minLength(1, 'At least one instruction'),
  ),
  /** Reject the batch if Kraken receives it after this ISO-8601 time. */
  processBefore: v.optional(TextSchema),
})

export type CreateBatchOrderParameters = v.InferInput<typeof CreateBatchOrderParametersSchema>
/** One status per instruction; a failed status (e.g. `insufficientAvailableFunds`) is thrown as a KrakenError. */
export type CreateBatchOrderReturnType = FuturesSuccess<{ batchStatus: FuturesBatchStatus[] }>

/**
 * Sends, edits and cancels orders in one call. The body is `json=<url-encoded JSON>` (Kraken's doc samples got this
 * wrong: python-kraken-sdk #368), decimals are JSON numbers with their exact text, and `Authent` covers the body as
 * sent. Costs 9 + number of instructions. Never retried.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/send-batch-order
 * - Python: `Trade.create_batch_order`
 *
 * @example
 * import { createBatchOrder, createFuturesClient } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const { batchStatus } = await createBatchOrder(client, { batchOrder: [
 *   { order: 'send', order_tag: '1', orderType: 'lmt', symbol: 'PF_XBTUSD', side: 'buy', size: '0.001', limitPrice: '30000' },
 *   { order: 'cancel', cliOrdId: 'old-order' },
 * ] })
 */
export async function createBatchOrder(
  client: FuturesClient,
  parameters: _WithAliases<CreateBatchOrderParameters, { batchorder_list: 'batchOrder' }>,
  options?: FuturesRequestOptions,
): Promise<CreateBatchOrderReturnType> {
  const { batchOrder, processBefore } = _parseParameters(
    CreateBatchOrderParametersSchema,
    parameters,
    'createBatchOrder',
    { batchorder_list: 'batchOrder' },
  )
  batchOrder.forEach((instruction, index) => {
    if (instruction.order === 'send') _checkOrderFields(instruction, 'createBatchOrder', `batchOrder.${index}.`)
    else if (instruction.order_id === undefined && instruction.cliOrdId === undefined) {
      const field = `batchOrder.${index}.order_id`
      throw new KrakenValidationError(
        `Invalid parameter "${field}" for createBatchOrder: order_id or cliOrdId is required`,
        { field },
      )
    }
  })
  const json = _jsonWithDecimals({ batchOrder }, DECIMAL_KEYS)
  return client.request('POST', '/derivatives/api/v3/batchorder', { body: { json, processBefore } }, options)
}
