import { cancelOrderBatch } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _routeOrder } from '../../internal/_routeOrder.js'
import { OrderIdsSchema } from '../../internal/_schemas.js'
import { _sendOrder } from '../../internal/_sendOrder.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { _wsCallOptions } from '../../internal/_wsCallOptions.js'
import type { CancelResult, TraderCallOptions } from '../../types.js'

/**
 * Cancels several orders by txid (`Trader.batchCancel`): WS `batch_cancel` or REST `CancelOrderBatch`; `{ count }`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_cancel, https://docs.kraken.com/api/docs/rest-api/cancel-order-batch
 * - Python: none (seed 004 `batch_cancel`)
 *
 * @example
 * const { count } = await batchCancel(ctx, ['OQCLML-BW3P3-BUCMWZ', 'OB5VMB-B4U2U-DK2WRW'])
 */
export async function batchCancel(
  ctx: _TraderContext,
  orderIds: readonly string[],
  options: TraderCallOptions = {},
): Promise<CancelResult> {
  const ids = _parse(OrderIdsSchema, orderIds, 'batchCancel', 'order_ids')
  // Kraken quirk: WS batch_cancel needs 2–50 ids; a single id goes as cancel_order.
  return _sendOrder(
    ctx,
    'batchCancel',
    undefined,
    _routeOrder(ctx),
    async () => ({ count: (await cancelOrderBatch(ctx.rest, { orders: ids }, options)).count }),
    async (ws) =>
      ids.length === 1
        ? { count: (await ws.cancelOrder({ order_id: ids }, _wsCallOptions(options))).length }
        : { count: (await ws.batchCancel({ orders: ids }, _wsCallOptions(options))).count },
  )
}
