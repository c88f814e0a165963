import { cancelAllOrders as restCancelAllOrders } from '@k/spot-rest'
import { _routeOrder } from '../../internal/_routeOrder.js'
import { _sendOrder } from '../../internal/_sendOrder.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { _wsCallOptions } from '../../internal/_wsCallOptions.js'
import type { CancelResult, TraderCallOptions } from '../../types.js'

/**
 * Cancels every open order, account-wide (`Trader.cancelAllOrders`; kill switch): WS `cancel_all` or REST
 * `CancelAll`; `{ count }`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_all, https://docs.kraken.com/api/docs/rest-api/cancel-all-orders
 * - Python: none (seed 004 `cancel_all_orders`)
 *
 * @example
 * const { count } = await cancelAllOrders(ctx)
 */
export async function cancelAllOrders(ctx: _TraderContext, options: TraderCallOptions = {}): Promise<CancelResult> {
  return _sendOrder(
    ctx,
    'cancelAllOrders',
    undefined,
    _routeOrder(ctx),
    async () => ({ count: (await restCancelAllOrders(ctx.rest, {}, options)).count }),
    async (ws) => ({ count: (await ws.cancelAll(_wsCallOptions(options))).count }),
  )
}
