import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { orderFields, orderRules } from '../../schemas/orderFields.js'
import type { RequestOptions } from '../../types.js'

const BatchOrderObjectSchema = v.looseObject({ ...orderFields })

/** One entry of `orders` (no `pair`: a batch is for one pair), with the same rules as createOrder. */
export const BatchOrderSchema = v.pipe(
  BatchOrderObjectSchema,
  ...orderRules<v.InferOutput<typeof BatchOrderObjectSchema>>(),
)

/** Parameters of {@link createOrderBatch}: 2–15 orders for one pair. */
export const CreateOrderBatchParametersSchema = v.looseObject({
  /** 2 to 15 orders (Kraken's limits), all for `pair`. */
  orders: v.pipe(
    v.array(BatchOrderSchema, 'Expected a list of orders'),
    v.minLength(2, 'A batch needs at least 2 orders'),
    v.maxLength(15, 'A batch takes at most 15 orders'),
  ),
  /** The one pair of every order in the batch (`XBTUSD`). */
  pair: v.pipe(NameSchema, v.regex(/^[^,]+$/, 'A batch is for exactly one pair')),
  /** `tokenized_asset` to trade xStocks. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
  /** RFC 3339 time after which Kraken rejects the batch. */
  deadline: v.optional(NameSchema),
  /** Validate only; Kraken places nothing. */
  validate: v.optional(v.boolean()),
})

export type CreateOrderBatchParameters = v.InferInput<typeof CreateOrderBatchParametersSchema>

/** Kraken's `result`: one entry per order, in order; an entry may carry its own `error`. */
export type CreateOrderBatchReturnType = {
  orders: Array<{ txid?: string; descr?: { order: string; close?: string }; error?: string; close?: string }>
}

/**
 * Places 2–15 orders for one pair in one call. Sent as a JSON body (Kraken wants JSON for the order list), signed
 * exactly as sent. Never retried; a lost answer throws an "outcome unknown" error (`details.sent = 'maybe'`):
 * reconcile by `cl_ord_id`/`userref`. Costs n/2 on the pair's trading counter. Permission: Create & modify orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/add-order-batch
 * - Python: `Trade.create_order_batch`
 *
 * @example
 * import { createSpotClient, createOrderBatch } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * await createOrderBatch(client, {
 *   pair: 'XBTUSD',
 *   orders: [
 *     { type: 'buy', ordertype: 'limit', volume: '0.01', price: '30000' },
 *     { type: 'sell', ordertype: 'limit', volume: '0.01', price: '90000' },
 *   ],
 * })
 */
export async function createOrderBatch(
  client: SpotClient,
  parameters: CreateOrderBatchParameters,
  options?: RequestOptions,
): Promise<CreateOrderBatchReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CreateOrderBatchParametersSchema, parameters, 'createOrderBatch')
  return client.request<CreateOrderBatchReturnType>('POST', '/0/private/AddOrderBatch', body, {
    ...options,
    json: true,
  })
}
