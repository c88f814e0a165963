import { type GetRecentTradesReturnType, getRecentTrades as restGetRecentTrades } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Recent public trades (`Trader.getRecentTrades`; REST `Trades`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades
 * - Python: none (seed 004 `get_recent_trades`)
 *
 * @example
 * const trades = await getRecentTrades(ctx, 'BTC/USD')
 */
export async function getRecentTrades(
  ctx: _TraderContext,
  pair = 'XBTUSD',
  since?: string | number,
  options: TraderCallOptions = {},
): Promise<GetRecentTradesReturnType> {
  const names = await _resolvePair(ctx, _parse(PairSchema, pair, 'getRecentTrades', 'pair'))
  return restGetRecentTrades(
    ctx.rest,
    { pair: names.altname, ...(since === undefined ? {} : { since: String(since) }) } as never,
    options,
  )
}
