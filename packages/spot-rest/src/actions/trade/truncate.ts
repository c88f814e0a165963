import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import { _compareDecimal, _toDecimalString, _truncateDecimal } from '../../internal/_decimal.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'
import { type AssetPair, getAssetPairs } from '../market/getAssetPairs.js'

/** Parameters of {@link truncate} (python-kraken-sdk's argument names). */
export const TruncateParametersSchema = v.object({
  /** The amount, as a decimal string or number. */
  amount: DecimalSchema,
  /** `price` (pair_decimals) or `volume` (lot_decimals). */
  amount_type: v.picklist(['price', 'volume'], 'amount_type must be "price" or "volume"'),
  /** The pair, e.g. `XBTUSD`. */
  pair: NameSchema,
  /** `currency` (default) or `tokenized_asset` (xStocks). */
  asset_class: v.optional(AssetClassSchema),
})

export type TruncateParameters = v.InferInput<typeof TruncateParametersSchema>
export type TruncateReturnType = string

// AssetPairs answers, cached per client like python's lru_cache (clear with clearTruncateCache).
const cache = new WeakMap<SpotClient, Map<string, Promise<AssetPair>>>()

/**
 * Cuts a price or volume to the number of decimals Kraken allows for the pair (floor, never rounds up), with exact
 * decimal string arithmetic: `'0.1'` volume on XBTUSD → `'0.10000000'`, `21123.12849829993` price → `'21123.1'`.
 * Uses AssetPairs once per pair (cached). Throws KrakenValidationError when a volume is below `ordermin` or a price
 * below `costmin` (python-kraken-sdk compares the price with costmin, kept for parity).
 *
 * - Kraken: https://support.kraken.com/hc/en-us/articles/4521313131540
 * - Python: `Trade.truncate`
 *
 * @example
 * import { createSpotClient, truncate } from '@k/spot-rest'
 * const client = createSpotClient()
 * await truncate(client, { amount: '0.123456789', amount_type: 'volume', pair: 'XBTUSD' }) // '0.12345678'
 */
export async function truncate(
  client: SpotClient,
  parameters: TruncateParameters,
  options?: RequestOptions,
): Promise<TruncateReturnType> {
  const {
    amount,
    amount_type,
    pair,
    asset_class = 'currency',
  } = _parseParameters(TruncateParametersSchema, parameters, 'truncate')
  let pairs = cache.get(client)
  if (!pairs) {
    pairs = new Map()
    cache.set(client, pairs)
  }
  const key = `${pair}\u0000${asset_class}`
  let info = pairs.get(key)
  if (!info) {
    info = getAssetPairs(client, { pair, aclass_base: asset_class }, options).then((result) => {
      const first = Object.values(result)[0]
      if (!first) throw new KrakenValidationError(`Unknown pair for truncate: ${pair}`, { field: 'pair' })
      return first
    })
    pairs.set(key, info)
    info.catch(() => pairs.delete(key))
  }
  const assetPair = await info
  const isPrice = amount_type === 'price'
  const minimum = isPrice ? assetPair.costmin : assetPair.ordermin
  if (minimum !== undefined && _compareDecimal(_toDecimalString(minimum), amount) > 0) {
    throw new KrakenValidationError(
      `${amount_type} ${amount} is below the pair's ${isPrice ? 'costmin' : 'ordermin'} ${minimum}`,
      {
        field: 'amount',
      },
    )
  }
  return _truncateDecimal(amount, isPrice ? assetPair.pair_decimals : assetPair.lot_decimals)
}

/** Forgets the cached AssetPairs of one client (python-kraken-sdk: `truncate.cache_clear()`). */
export function clearTruncateCache(client: SpotClient): void {
  cache.delete(client)
}
