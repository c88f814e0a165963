import type { _RestOrder } from './_toWsOrder.js'

/** Kraken's REST `descr.order` text, e.g. `buy 0.001 XBTUSD @ limit 60000.0`, for results served over WS. */
export function _describeOrder(order: _RestOrder, altname: string): string {
  const price = order.ordertype === 'market' || order.price === undefined ? '' : ` ${order.price}`
  return `${order.type} ${order.volume} ${altname} @ ${order.ordertype}${price}`
}
