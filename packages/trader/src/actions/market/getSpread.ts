import { type GetRecentSpreadsReturnType, getRecentSpreads } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Recent best bid/ask records `[time, bid, ask]` (`Trader.getSpread`; REST `Spread`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-spreads
 * - Python: none (seed 004 `get_spread`)
 *
 * @example
 * const spreads = await getSpread(ctx, 'BTC/USD')
 */
export async function getSpread(
  ctx: _TraderContext,
  pair = 'XBTUSD',
  since?: number,
  options: TraderCallOptions = {},
): Promise<GetRecentSpreadsReturnType> {
  const names = await _resolvePair(ctx, _parse(PairSchema, pair, 'getSpread', 'pair'))
  return getRecentSpreads(
    ctx.rest,
    { pair: names.altname, ...(since === undefined ? {} : { since }) } as never,
    options,
  )
}
