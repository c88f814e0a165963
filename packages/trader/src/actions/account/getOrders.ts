import { type GetOpenOrdersReturnType, getOpenOrders } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Open orders (`Trader.getOrders`; REST `OpenOrders`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-orders
 * - Python: none (seed 004 `get_orders`)
 *
 * @example
 * const { open } = await getOrders(ctx)
 */
export function getOrders(ctx: _TraderContext, options: TraderCallOptions = {}): Promise<GetOpenOrdersReturnType> {
  return getOpenOrders(ctx.rest, {}, options)
}
