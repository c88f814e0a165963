/** One order in REST terms (seed 004 / AddOrder wire names), already validated and with decimals as strings. */
export type _RestOrder = {
  ordertype: string
  type: 'buy' | 'sell'
  volume: string
  price?: string | undefined
  price2?: string | undefined
  leverage?: string | undefined
  reduce_only?: boolean | undefined
  timeinforce?: string | undefined
  expiretm?: string | undefined
  oflags?: string | undefined
  cl_ord_id?: string | undefined
  userref?: number | undefined
}

const LIMIT_TYPES = new Set(['limit'])
const TRIGGER_TYPES = new Set(['stop-loss', 'take-profit'])
const TRIGGER_LIMIT_TYPES = new Set(['stop-loss-limit', 'take-profit-limit'])

/**
 * Translates a REST-named order into WS v2 `add_order` fields, or says why it cannot be (then REST serves it).
 * Kraken quirks: WS v2 names the side `side` (REST `type`), prices `limit_price` / `triggers.price`, and has no
 * leverage level (only `margin: true` = the pair's maximum), no relative `+`/`#` prices and no `expiretm` offsets.
 */
export function _toWsOrder(order: _RestOrder): { order: Record<string, unknown> } | { reason: string } {
  if (order.leverage !== undefined) return { reason: 'leverage' }
  if (order.expiretm !== undefined) return { reason: 'expiretm' }
  const flags = order.oflags?.split(',').filter((flag) => flag !== '') ?? []
  if (flags.some((flag) => flag !== 'post')) return { reason: 'oflags' }
  for (const price of [order.price, order.price2]) {
    if (price !== undefined && !/^\d/.test(price)) return { reason: 'relative-price' }
  }
  const ws: Record<string, unknown> = { order_type: order.ordertype, side: order.type, order_qty: order.volume }
  if (LIMIT_TYPES.has(order.ordertype)) ws.limit_price = order.price
  else if (TRIGGER_TYPES.has(order.ordertype)) ws.triggers = { price: order.price }
  else if (TRIGGER_LIMIT_TYPES.has(order.ordertype)) {
    // REST: price = trigger, price2 = limit. WS v2: triggers.price and limit_price.
    ws.triggers = { price: order.price }
    ws.limit_price = order.price2
  } else if (order.ordertype !== 'market') return { reason: 'order-type' }
  if (order.timeinforce !== undefined) ws.time_in_force = order.timeinforce.toLowerCase()
  if (flags.includes('post')) ws.post_only = true
  if (order.reduce_only !== undefined) ws.reduce_only = order.reduce_only
  if (order.cl_ord_id !== undefined) ws.cl_ord_id = order.cl_ord_id
  if (order.userref !== undefined) ws.order_userref = order.userref
  return { order: ws }
}
