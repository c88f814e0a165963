import { KrakenValidationError } from '@k/errors'
import { amendOrder } from '@k/spot-rest'
import { _compact } from '../../internal/_compact.js'
import { _parse } from '../../internal/_parse.js'
import { _routeOrder } from '../../internal/_routeOrder.js'
import { EditOrderParamsSchema, OrderIdSchema, PairSchema } from '../../internal/_schemas.js'
import { _sendOrder } from '../../internal/_sendOrder.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { _wsCallOptions } from '../../internal/_wsCallOptions.js'
import type { EditOrderParams, EditOrderResult, TraderCallOptions } from '../../types.js'

/**
 * Changes an open order in place, keeping queue priority (`Trader.editOrder`): WS `amend_order` or REST
 * `AmendOrder`; `{ txid, amend_id }`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/amend_order, https://docs.kraken.com/api/docs/rest-api/amend-order
 * - Python: none (seed 004 `edit_order`)
 *
 * @example
 * await editOrder(ctx, 'OQCLML-BW3P3-BUCMWZ', 'BTC/USD', { price: '61000' })
 */
export async function editOrder(
  ctx: _TraderContext,
  orderId: string,
  pair: string,
  params: EditOrderParams,
  options: TraderCallOptions = {},
): Promise<EditOrderResult> {
  const method = 'editOrder'
  const txid = _parse(OrderIdSchema, orderId, method, 'order_id')
  _parse(PairSchema, pair, method, 'pair')
  const p = _parse(EditOrderParamsSchema, params ?? {}, method, '')
  if (p.volume === undefined && p.price === undefined && p.post_only === undefined) {
    throw new KrakenValidationError('editOrder needs volume, price or post_only.', { field: 'volume' })
  }
  const amend = _compact({ order_qty: p.volume, limit_price: p.price, post_only: p.post_only })
  return _sendOrder(
    ctx,
    method,
    pair,
    _routeOrder(ctx),
    async () => {
      const result = await amendOrder(ctx.rest, { txid, ...amend } as never, options)
      return { txid, amend_id: result.amend_id }
    },
    async (ws) => {
      const result = await ws.amendOrder({ order_id: txid, ...amend } as never, _wsCallOptions(options))
      return { txid, amend_id: result.amend_id }
    },
  )
}
