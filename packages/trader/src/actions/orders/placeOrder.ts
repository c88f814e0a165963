import { createOrder } from '@k/spot-rest'
import { _compact } from '../../internal/_compact.js'
import { _describeOrder } from '../../internal/_describeOrder.js'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { _routeOrder } from '../../internal/_routeOrder.js'
import {
  DecimalSchema,
  OrderTypeSchema,
  PairSchema,
  PlaceOrderParamsSchema,
  SideSchema,
} from '../../internal/_schemas.js'
import { _sendOrder } from '../../internal/_sendOrder.js'
import { _statusGuard } from '../../internal/_statusGuard.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import { type _RestOrder, _toWsOrder } from '../../internal/_toWsOrder.js'
import { _wsCallOptions } from '../../internal/_wsCallOptions.js'
import type { OrderType, PlaceOrderParams, PlaceOrderResult, TraderCallOptions } from '../../types.js'

/**
 * Places an order (`Trader.placeOrder`): WS `add_order` while the authenticated WS is up, else REST `AddOrder`;
 * REST's `{ descr: { order }, txid: [id] }` either way. Validated, then checked by the status guard, before anything
 * is sent; sent once over one path.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/add_order, https://docs.kraken.com/api/docs/rest-api/add-order
 * - Python: none (seed 004 `place_order`)
 *
 * @example
 * await placeOrder(ctx, 'BTC/USD', 'buy', '0.001', 'limit', { price: '60000', post_only: true })
 */
export async function placeOrder(
  ctx: _TraderContext,
  pair: string,
  side: 'buy' | 'sell',
  volume: string | number,
  ordertype: OrderType = 'market',
  params: PlaceOrderParams = {},
  options: TraderCallOptions = {},
): Promise<PlaceOrderResult> {
  const method = 'placeOrder'
  const pairName = _parse(PairSchema, pair, method, 'pair')
  const order: _RestOrder = {
    type: _parse(SideSchema, side, method, 'side'),
    volume: _parse(DecimalSchema, volume, method, 'volume'),
    ordertype: _parse(OrderTypeSchema, ordertype, method, 'ordertype'),
  }
  const p = _parse(PlaceOrderParamsSchema, params ?? {}, method, '')
  Object.assign(order, {
    price: p.price,
    price2: p.price2,
    leverage: p.leverage,
    reduce_only: p.reduce_only,
    timeinforce: p.time_in_force?.toUpperCase(),
    expiretm: p.expiretm,
    oflags: p.post_only ? 'post' : undefined,
    cl_ord_id: p.cl_ord_id,
    userref: p.userref,
  })
  const clean = _compact(order)
  const names = await _resolvePair(ctx, pairName)
  await _statusGuard(ctx, [clean], options)
  const mapped = _toWsOrder(clean)
  const route = _routeOrder(ctx, 'order' in mapped ? undefined : mapped.reason)
  const validate = p.validate === true ? { validate: true } : {}
  const viaRest = async (): Promise<PlaceOrderResult> => {
    const result = await createOrder(ctx.rest, { ...clean, pair: names.altname, ...validate } as never, options)
    return { descr: { order: result.descr.order }, ...(result.txid ? { txid: result.txid } : {}) }
  }
  return _sendOrder(ctx, method, pair, route, viaRest, async (ws) => {
    const wsOrder = (mapped as { order: Record<string, unknown> }).order
    const result = await ws.addOrder(
      { symbol: names.symbol, ...wsOrder, ...validate } as never,
      _wsCallOptions(options),
    )
    // WS add_order answers with the order id only; `descr.order` is rebuilt in REST's wording.
    const descr = { order: _describeOrder(clean, names.altname) }
    return p.validate === true || !result?.order_id ? { descr } : { descr, txid: [result.order_id] }
  })
}
