import { getTicker, type TickerInfo } from '@k/spot-rest'
import type { PairNames } from '../PairMap.js'
import type { _TraderContext } from './_TraderContext.js'

/**
 * The REST ticker snapshot the live WS ticker overlays, taken once per pair (WS v2 lacks today's halves, `t` and
 * `o`). A failed snapshot is not cached; it resolves undefined (the caller then serves REST).
 */
export function _tickerSeed(ctx: _TraderContext, names: PairNames): Promise<TickerInfo | undefined> {
  let seed = ctx.tickerSeeds.get(names.key)
  if (!seed) {
    seed = getTicker(ctx.rest, { pair: names.altname }).then(
      (result) => result[names.key],
      () => {
        ctx.tickerSeeds.delete(names.key)
        return undefined
      },
    )
    ctx.tickerSeeds.set(names.key, seed)
  }
  return seed
}
