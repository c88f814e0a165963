import { cancelOrder as restCancelOrder } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _routeOrder } from '../../internal/_routeOrder.js'
import { OrderIdSchema } from '../../internal/_schemas.js'
import { _sendOrder } from '../../internal/_sendOrder.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { _wsCallOptions } from '../../internal/_wsCallOptions.js'
import type { CancelResult, TraderCallOptions } from '../../types.js'

/**
 * Cancels one order by txid (`Trader.cancelOrder`): WS `cancel_order` or REST `CancelOrder`; `{ count }`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_order, https://docs.kraken.com/api/docs/rest-api/cancel-order
 * - Python: none (seed 004 `cancel_order`)
 *
 * @example
 * const { count } = await cancelOrder(ctx, 'OQCLML-BW3P3-BUCMWZ')
 */
export async function cancelOrder(
  ctx: _TraderContext,
  orderId: string,
  options: TraderCallOptions = {},
): Promise<CancelResult> {
  const txid = _parse(OrderIdSchema, orderId, 'cancelOrder', 'order_id')
  return _sendOrder(
    ctx,
    'cancelOrder',
    undefined,
    _routeOrder(ctx),
    async () => ({ count: (await restCancelOrder(ctx.rest, { txid }, options)).count }),
    async (ws) => ({ count: (await ws.cancelOrder({ order_id: [txid] }, _wsCallOptions(options))).length }),
  )
}
