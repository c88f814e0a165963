import { PairMap } from '../PairMap.js'
import { _loadAssetPairs } from './_loadAssetPairs.js'
import type { _TraderContext } from './_TraderContext.js'

/** The pair map (every spelling of every pair), built once from the cached AssetPairs. */
export function _loadPairMap(ctx: _TraderContext): Promise<PairMap> {
  ctx.pairMap ??= _loadAssetPairs(ctx).then((all) => new PairMap(all))
  return ctx.pairMap
}
