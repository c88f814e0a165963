import { type GetAssetPairsReturnType, getAssetPairs } from '@k/spot-rest'
import type { _TraderContext } from './_TraderContext.js'

/** AssetPairs, fetched once per trader and cached; a failed fetch is not cached (the next call tries again). */
export function _loadAssetPairs(ctx: _TraderContext): Promise<GetAssetPairsReturnType> {
  ctx.assetPairs ??= getAssetPairs(ctx.rest, {}).catch((error: unknown) => {
    // A failed fetch is not cached: the next call tries again.
    ctx.assetPairs = undefined
    ctx.pairMap = undefined
    throw error
  })
  return ctx.assetPairs
}
