import { createOrderBatch } from '@k/spot-rest'
import { _compact } from '../../internal/_compact.js'
import { _describeOrder } from '../../internal/_describeOrder.js'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { _routeOrder } from '../../internal/_routeOrder.js'
import { BatchOrdersSchema, PairSchema } from '../../internal/_schemas.js'
import { _sendOrder } from '../../internal/_sendOrder.js'
import { _statusGuard } from '../../internal/_statusGuard.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { type _RestOrder, _toWsOrder } from '../../internal/_toWsOrder.js'
import { _wsCallOptions } from '../../internal/_wsCallOptions.js'
import type { BatchAddResult, BatchOrder, TraderCallOptions } from '../../types.js'

/**
 * Places 2–15 orders on one pair in one request (`Trader.batchAdd`, REST field names): WS `batch_add` or REST
 * `AddOrderBatch`; REST's `{ orders: [{ txid, descr }] }` either way. REST when any order cannot go over WS.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_add, https://docs.kraken.com/api/docs/rest-api/add-order-batch
 * - Python: none (seed 004 `batch_add`)
 *
 * @example
 * await batchAdd(ctx, [
 *   { ordertype: 'limit', type: 'buy', volume: '0.001', price: '60000' },
 *   { ordertype: 'limit', type: 'buy', volume: '0.001', price: '59000' },
 * ], 'XBTUSD')
 */
export async function batchAdd(
  ctx: _TraderContext,
  orders: readonly BatchOrder[],
  pair: string,
  params: { validate?: boolean } = {},
  options: TraderCallOptions = {},
): Promise<BatchAddResult> {
  const method = 'batchAdd'
  const list = _parse(BatchOrdersSchema, orders, method, 'orders').map((order) => _compact(order as _RestOrder))
  const pairName = _parse(PairSchema, pair, method, 'pair')
  const names = await _resolvePair(ctx, pairName)
  await _statusGuard(ctx, list, options)
  const mapped = list.map(_toWsOrder)
  const refused = mapped.find((entry): entry is { reason: string } => 'reason' in entry)
  const validate = params.validate === true ? { validate: true } : {}
  return _sendOrder(
    ctx,
    method,
    pair,
    _routeOrder(ctx, refused?.reason),
    async () => {
      const result = await createOrderBatch(
        ctx.rest,
        { orders: list, pair: names.altname, ...validate } as never,
        options,
      )
      return { orders: result.orders }
    },
    async (ws) => {
      const wsOrders = mapped.map((entry) => (entry as { order: Record<string, unknown> }).order)
      const result = await ws.batchAdd(
        { symbol: names.symbol, orders: wsOrders, ...validate } as never,
        _wsCallOptions(options),
      )
      return {
        orders: list.map((order, index) => {
          const id = result?.[index]?.order_id
          const descr = { order: _describeOrder(order, names.altname) }
          return id && params.validate !== true ? { txid: id, descr } : { descr }
        }),
      }
    },
  )
}
