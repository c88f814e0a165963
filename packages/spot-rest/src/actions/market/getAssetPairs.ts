import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getAssetPairs} (Kraken's wire names; unknown keys are passed through). */
export const GetAssetPairsParametersSchema = v.looseObject({
  /** One pair or a list; sent comma-joined. */
  pair: v.optional(ListSchema),
  /** Which fields to return. */
  info: v.optional(v.picklist(['info', 'leverage', 'fees', 'margin'])),
  /** `currency` (default) or `tokenized_asset` (xStocks). */
  aclass_base: v.optional(AssetClassSchema),
  /** ISO 3166-1 alpha-2 country code: only pairs tradable there. */
  country_code: v.optional(NameSchema),
})

export type GetAssetPairsParameters = v.InferInput<typeof GetAssetPairsParametersSchema>

/** One entry of AssetPairs (decimals as Kraken sends them; amounts are strings). */
export type AssetPair = {
  altname: string
  wsname?: string
  aclass_base: string
  base: string
  aclass_quote: string
  quote: string
  pair_decimals: number
  cost_decimals: number
  lot_decimals: number
  lot_multiplier: number
  leverage_buy: number[]
  leverage_sell: number[]
  fees: Array<[number, number]>
  fees_maker?: Array<[number, number]>
  fee_volume_currency: string
  margin_call: number
  margin_stop: number
  ordermin?: string
  costmin?: string
  tick_size?: string
  status: string
  [field: string]: unknown
}

/** Kraken's `result`; decimals are strings. */
export type GetAssetPairsReturnType = Record<string, AssetPair>

/**
 * Tradable asset pairs with their decimals, minimums and fees. `aclass_base: 'tokenized_asset'` lists xStocks pairs.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs
 * - Python: `Market.get_asset_pairs`
 *
 * @example
 * import { createSpotClient, getAssetPairs } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getAssetPairs(client, { pair: 'XBTUSD' })
 */
export async function getAssetPairs(
  client: SpotClient,
  parameters: GetAssetPairsParameters = {},
  options?: RequestOptions,
): Promise<GetAssetPairsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetAssetPairsParametersSchema, parameters, 'getAssetPairs')
  return client.request<GetAssetPairsReturnType>('GET', '/0/public/AssetPairs', body, options)
}
