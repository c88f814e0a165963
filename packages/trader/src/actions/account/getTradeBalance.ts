import { type GetTradeBalanceReturnType, getTradeBalance as restGetTradeBalance } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Margin summary (`Trader.getTradeBalance`; REST `TradeBalance`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-balance
 * - Python: none (seed 004 `get_trade_balance`)
 *
 * @example
 * const { eb } = await getTradeBalance(ctx, 'ZUSD')
 */
export function getTradeBalance(
  ctx: _TraderContext,
  asset = 'ZUSD',
  options: TraderCallOptions = {},
): Promise<GetTradeBalanceReturnType> {
  return restGetTradeBalance(ctx.rest, { asset }, options)
}
