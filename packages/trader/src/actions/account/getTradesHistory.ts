import { type GetTradesHistoryReturnType, getTradesHistory as restGetTradesHistory } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/** Parameters of {@link getTradesHistory}: Kraken's names, plus seed 004's `trade_type` for `type`. */
export type GetTradesHistoryParams = {
  type?: string
  trade_type?: string
  start?: number | string
  end?: number | string
  ofs?: number
}

/**
 * Own trade fills with fees (`Trader.getTradesHistory`; REST `TradesHistory`; seed 004's `trade_type` is sent as
 * `type`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-history
 * - Python: none (seed 004 `get_trades_history`)
 *
 * @example
 * const { trades } = await getTradesHistory(ctx, { trade_type: 'all' })
 */
export function getTradesHistory(
  ctx: _TraderContext,
  params: GetTradesHistoryParams = {},
  options: TraderCallOptions = {},
): Promise<GetTradesHistoryReturnType> {
  const { trade_type, ...rest } = params
  return restGetTradesHistory(
    ctx.rest,
    { ...rest, ...(trade_type === undefined ? {} : { type: trade_type }) } as never,
    options,
  )
}
