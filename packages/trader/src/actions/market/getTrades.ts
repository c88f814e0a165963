import { type GetRecentTradesReturnType, getRecentTrades } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Trades of a pair in REST `Trades` shape (`Trader.getTrades`): the live WS `trade` stream while the public WS is
 * up and has trades, otherwise REST `Trades`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades, https://docs.kraken.com/api/docs/websocket-v2/trade
 * - Python: none (seed 004 `get_trades`)
 *
 * @example
 * const trades = await getTrades(ctx, 'BTC/USD')
 */
export async function getTrades(
  ctx: _TraderContext,
  pair = 'BTC/USD',
  options: TraderCallOptions = {},
): Promise<GetRecentTradesReturnType> {
  const names = await _resolvePair(ctx, _parse(PairSchema, pair, 'getTrades', 'pair'))
  const live = ctx.publicUp ? ctx.live : undefined
  const trades = live ? await live.trades(names.symbol).catch(() => undefined) : undefined
  if (trades && trades.length > 0) {
    const rows = trades.map((trade): [string, string, number, string, string, string, number] => [
      String(trade.price),
      String(trade.qty),
      Date.parse(trade.timestamp) / 1000,
      trade.side === 'buy' ? 'b' : 's',
      trade.ord_type === 'market' ? 'm' : 'l',
      '',
      trade.trade_id,
    ])
    const lastMs = Date.parse(trades[trades.length - 1]!.timestamp)
    // REST `last` is a nanosecond timestamp id (usable as `since`).
    return { [names.key]: rows, last: `${lastMs}000000` } as GetRecentTradesReturnType
  }
  return getRecentTrades(ctx.rest, { pair: names.altname }, options)
}
