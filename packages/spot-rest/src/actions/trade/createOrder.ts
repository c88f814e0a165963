import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { orderFields, orderRules } from '../../schemas/orderFields.js'
import type { RequestOptions } from '../../types.js'
import { truncate } from './truncate.js'

const CreateOrderObjectSchema = v.looseObject({
  ...orderFields,
  /** The pair, e.g. `XBTUSD` (one pair). */
  pair: NameSchema,
  /** `tokenized_asset` to trade xStocks. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
  /** RFC 3339 time after which Kraken rejects the order (now + 0–60 s). */
  deadline: v.optional(NameSchema),
  /** Validate only; Kraken does not place the order. */
  validate: v.optional(v.boolean()),
})

/** Parameters of {@link createOrder}: Kraken's AddOrder wire names (`type` is the side) and order rules. */
export const CreateOrderParametersSchema = v.pipe(
  CreateOrderObjectSchema,
  ...orderRules<v.InferOutput<typeof CreateOrderObjectSchema>>(),
)

export type CreateOrderParameters = v.InferInput<typeof CreateOrderParametersSchema>

/** Kraken's `result`. `txid` is empty when `validate` was set. */
export type CreateOrderReturnType = { descr: { order: string; close?: string }; txid?: string[] }

/** SDK options of {@link createOrder}. */
export type CreateOrderOptions = RequestOptions & {
  /** Cut `volume` and `price` to the pair's decimals first (python-kraken-sdk's `truncate=True`). */
  readonly truncate?: boolean | undefined
}

/**
 * Places an order. Never retried by the SDK: if the answer is lost (timeout, reset, HTTP 5xx) the error says the
 * outcome is unknown (`details.sent = 'maybe'`); look the order up by `cl_ord_id`/`userref` with `getOrdersInfo` /
 * `getOpenOrders` before sending it again. Costs +1 on the pair's trading counter. Permission: Create & modify orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/add-order
 * - Python: `Trade.create_order` (`side` → `type`, `close_ordertype` → `close.ordertype`)
 *
 * @example
 * import { createSpotClient, createOrder } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const { txid } = await createOrder(client, {
 *   pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01', price: '30000', cl_ord_id: 'my-order-1',
 * })
 */
export async function createOrder(
  client: SpotClient,
  parameters: CreateOrderParameters,
  options: CreateOrderOptions = {},
): Promise<CreateOrderReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CreateOrderParametersSchema, parameters, 'createOrder')
  if (options.truncate) {
    const assetClass = body.asset_class ?? 'currency'
    body.volume = await truncate(client, {
      amount: body.volume,
      amount_type: 'volume',
      pair: body.pair,
      asset_class: assetClass,
    })
    if (body.price !== undefined && /^\d/.test(body.price)) {
      body.price = await truncate(client, {
        amount: body.price,
        amount_type: 'price',
        pair: body.pair,
        asset_class: assetClass,
      })
    }
  }
  return client.request<CreateOrderReturnType>('POST', '/0/private/AddOrder', body, options)
}
