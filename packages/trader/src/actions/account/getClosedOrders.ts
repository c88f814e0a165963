import {
  type GetClosedOrdersParameters,
  type GetClosedOrdersReturnType,
  getClosedOrders as restGetClosedOrders,
} from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Closed orders (`Trader.getClosedOrders`; REST `ClosedOrders`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-closed-orders
 * - Python: none (seed 004 `get_closed_orders`)
 *
 * @example
 * const { closed } = await getClosedOrders(ctx)
 */
export function getClosedOrders(
  ctx: _TraderContext,
  params: GetClosedOrdersParameters = {},
  options: TraderCallOptions = {},
): Promise<GetClosedOrdersReturnType> {
  return restGetClosedOrders(ctx.rest, params, options)
}
