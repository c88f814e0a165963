import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetTradeableProductsParametersSchema = v.strictObject({
  /** Tick type: `spot`, `mark` or `trade`. */
  tick_type: v.picklist(['spot', 'mark', 'trade']),
})

export type GetTradeableProductsParameters = v.InferInput<typeof GetTradeableProductsParametersSchema>
export type GetTradeableProductsReturnType = string[]

/**
 * The symbols that have charts for a tick type.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/charts/symbols
 * - Python: `Market.get_tradeable_products`
 *
 * @example
 * import { createFuturesClient, getTradeableProducts } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getTradeableProducts(client, { tick_type: 'trade' })
 */
export async function getTradeableProducts(
  client: FuturesClient,
  parameters: GetTradeableProductsParameters,
  options?: FuturesRequestOptions,
): Promise<GetTradeableProductsReturnType> {
  const { tick_type } = _parseParameters(GetTradeableProductsParametersSchema, parameters, 'getTradeableProducts')
  return client.request('GET', `/api/charts/v1/${encodeURIComponent(tick_type)}`, {}, options)
}
