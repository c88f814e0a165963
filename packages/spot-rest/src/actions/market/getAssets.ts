import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getAssets} (Kraken's wire names; unknown keys are passed through). */
export const GetAssetsParametersSchema = v.looseObject({
  /** One asset or a list (`XBT`, `['XBT', 'ETH']`); sent comma-joined. Python calls it `assets`. */
  asset: v.optional(ListSchema),
  /** `currency` (default) or `tokenized_asset` (xStocks). */
  aclass: v.optional(AssetClassSchema),
})

export type GetAssetsParameters = v.InferInput<typeof GetAssetsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetAssetsReturnType = Record<
  string,
  {
    aclass: string
    altname: string
    decimals: number
    display_decimals: number
    collateral_value?: number
    status: string
    margin_rate?: number
  }
>

/**
 * Information about assets (all, or the ones named). `aclass: 'tokenized_asset'` lists xStocks.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-asset-info
 * - Python: `Market.get_assets`
 *
 * @example
 * import { createSpotClient, getAssets } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getAssets(client, { asset: ['XBT', 'ETH'] })
 */
export async function getAssets(
  client: SpotClient,
  parameters: GetAssetsParameters = {},
  options?: RequestOptions,
): Promise<GetAssetsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetAssetsParametersSchema, parameters, 'getAssets')
  return client.request<GetAssetsReturnType>('GET', '/0/public/Assets', body, options)
}
