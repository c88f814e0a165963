import type { GetAssetPairsReturnType } from '@k/spot-rest'
import { _loadAssetPairs } from '../../internal/_loadAssetPairs.js'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'

/**
 * Tradable pairs, fetched once and cached (`Trader.getAssetPairs`); with `pair`, only that pair, keyed by Kraken's
 * REST key.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs
 * - Python: none (seed 004 `get_asset_pairs`)
 *
 * @example
 * const { XXBTZUSD } = await getAssetPairs(ctx, 'BTC/USD')
 */
export async function getAssetPairs(ctx: _TraderContext, pair?: string): Promise<GetAssetPairsReturnType> {
  if (pair === undefined) return _loadAssetPairs(ctx)
  const names = await _resolvePair(ctx, _parse(PairSchema, pair, 'getAssetPairs', 'pair'))
  const all = await _loadAssetPairs(ctx)
  return { [names.key]: all[names.key]! }
}
