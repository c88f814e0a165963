import { type GetTickerReturnType, getTicker as restGetTicker, type TickerInfo } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { _tickerSeed } from '../../internal/_tickerSeed.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Ticker of a pair in REST shape (`Trader.getTicker`): the live WS `ticker` overlaid on one REST snapshot per pair
 * while the public WS is up, otherwise REST `Ticker`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ticker-information, https://docs.kraken.com/api/docs/websocket-v2/ticker
 * - Python: none (seed 004 `get_ticker`)
 *
 * @example
 * const price = (await getTicker(ctx, 'BTC/USD')).XXBTZUSD?.c[0]
 */
export async function getTicker(
  ctx: _TraderContext,
  pair = 'XBTUSD',
  options: TraderCallOptions = {},
): Promise<GetTickerReturnType> {
  const names = await _resolvePair(ctx, _parse(PairSchema, pair, 'getTicker', 'pair'))
  const live = ctx.publicUp ? ctx.live : undefined
  const data = live ? await live.ticker(names.symbol).catch(() => undefined) : undefined
  const seed = data ? await _tickerSeed(ctx, names) : undefined
  if (data && seed) {
    // Kraken quirk: WS v2 carries 24 h values only; today's halves, `t` and `o` come from the REST snapshot.
    const ticker: TickerInfo = {
      ...seed,
      a: [String(data.ask), seed.a[1], String(data.ask_qty)],
      b: [String(data.bid), seed.b[1], String(data.bid_qty)],
      c: [String(data.last), seed.c[1]],
      v: [seed.v[0], String(data.volume)],
      p: [seed.p[0], String(data.vwap)],
      l: [seed.l[0], String(data.low)],
      h: [seed.h[0], String(data.high)],
    }
    return { [names.key]: ticker }
  }
  return restGetTicker(ctx.rest, { pair: names.altname }, options)
}
