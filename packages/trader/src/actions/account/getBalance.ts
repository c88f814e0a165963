import { getAccountBalance } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Balance per asset (`Trader.getBalance`; REST `Balance`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-account-balance
 * - Python: none (seed 004 `get_balance`)
 *
 * @example
 * const { ZUSD } = await getBalance(ctx)
 */
export function getBalance(ctx: _TraderContext, options: TraderCallOptions = {}): Promise<Record<string, string>> {
  return getAccountBalance(ctx.rest, {}, options)
}
