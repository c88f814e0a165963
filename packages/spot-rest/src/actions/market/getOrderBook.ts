import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getOrderBook} (Kraken's wire names; unknown keys are passed through). */
export const GetOrderBookParametersSchema = v.looseObject({
  /** The pair, e.g. `XBTUSD`. */
  pair: NameSchema,
  /** Levels per side, 1–500 (default 100). */
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  /** `tokenized_asset` for xStocks pairs. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
})

export type GetOrderBookParameters = v.InferInput<typeof GetOrderBookParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetOrderBookReturnType = Record<
  string,
  { asks: Array<[string, string, number]>; bids: Array<[string, string, number]> }
>

/**
 * Order book of a pair: `asks`/`bids` as `[price, volume, timestamp]` (decimals as strings).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-order-book
 * - Python: `Market.get_order_book`
 *
 * @example
 * import { createSpotClient, getOrderBook } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getOrderBook(client, { pair: 'XBTUSD', count: 10 })
 */
export async function getOrderBook(
  client: SpotClient,
  parameters: GetOrderBookParameters,
  options?: RequestOptions,
): Promise<GetOrderBookReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetOrderBookParametersSchema, parameters, 'getOrderBook')
  return client.request<GetOrderBookReturnType>('GET', '/0/public/Depth', body, options)
}
