import { type GetOrdersInfoReturnType, getOrdersInfo } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Orders by txid (`Trader.queryOrders`; REST `QueryOrders`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-orders-info
 * - Python: none (seed 004 `query_orders`)
 *
 * @example
 * const orders = await queryOrders(ctx, ['OQCLML-BW3P3-BUCMWZ'])
 */
export function queryOrders(
  ctx: _TraderContext,
  txids: string | string[],
  params: { trades?: boolean } = {},
  options: TraderCallOptions = {},
): Promise<GetOrdersInfoReturnType> {
  return getOrdersInfo(ctx.rest, { txid: txids, ...params }, options)
}
