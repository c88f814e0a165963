import { type GetOhlcReturnType, getOhlc as restGetOhlc } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { IntervalSchema, PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * OHLC candles (`Trader.getOhlc`; REST `OHLC`, interval in minutes).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ohlc-data
 * - Python: none (seed 004 `get_ohlc`)
 *
 * @example
 * const candles = await getOhlc(ctx, 'BTC/USD', 60)
 */
export async function getOhlc(
  ctx: _TraderContext,
  pair = 'XBTUSD',
  interval = 1,
  since?: number,
  options: TraderCallOptions = {},
): Promise<GetOhlcReturnType> {
  const pairName = _parse(PairSchema, pair, 'getOhlc', 'pair')
  _parse(IntervalSchema, interval, 'getOhlc', 'interval')
  const names = await _resolvePair(ctx, pairName)
  return restGetOhlc(
    ctx.rest,
    { pair: names.altname, interval, ...(since === undefined ? {} : { since }) } as never,
    options,
  )
}
