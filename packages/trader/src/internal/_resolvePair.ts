import type { PairNames } from '../PairMap.js'
import { _loadPairMap } from './_loadPairMap.js'
import type { _TraderContext } from './_TraderContext.js'

/** Every name of one pair (REST key, altname, WS v2 symbol) from any spelling of it. */
export async function _resolvePair(ctx: _TraderContext, pair: string): Promise<PairNames> {
  return (await _loadPairMap(ctx)).resolve(pair)
}
