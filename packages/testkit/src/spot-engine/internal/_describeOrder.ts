import type { SpotOrder } from '../types.js'

const WORDS: Record<string, string> = {
  market: 'market',
  limit: 'limit',
  iceberg: 'limit',
  'stop-loss': 'stop loss',
  'take-profit': 'take profit',
  'stop-loss-limit': 'stop loss',
  'take-profit-limit': 'take profit',
  'trailing-stop': 'trailing stop',
  'trailing-stop-limit': 'trailing stop',
  'settle-position': 'settle position',
}

type Describable = Pick<SpotOrder, 'type' | 'ordertype' | 'volume' | 'price' | 'price2' | 'trailingOffset' | 'pair'>

/** Kraken's `descr.order` text, e.g. `buy 1.45000000 XBTUSD @ limit 27500.0`. */
export function _describeOrder(order: Describable): string {
  const { pair } = order
  const volume = order.volume.toFixed(pair.lot_decimals)
  const price = (value: number | undefined) => (value ?? 0).toFixed(pair.pair_decimals)
  let text = `${order.type} ${volume} ${pair.altname} @ ${WORDS[order.ordertype] ?? order.ordertype}`
  if (order.trailingOffset) text += ` +${order.trailingOffset.value}${order.trailingOffset.percent ? '%' : ''}`
  else if (order.ordertype !== 'market' && order.price !== undefined) text += ` ${price(order.price)}`
  if (order.ordertype.endsWith('-limit'))
    text += ` -> limit ${order.trailingOffset ? `+${order.price2 ?? 0}` : price(order.price2)}`
  return text
}

const seconds = (ms: number | undefined) => (ms === undefined ? 0 : Math.round(ms / 10) / 100)

/** The REST view of an order (OpenOrders / ClosedOrders / QueryOrders). */
export function _restOrder(order: SpotOrder, withTrades: boolean): Record<string, unknown> {
  const { pair } = order
  const price = (value: number | undefined) => (value ?? 0).toFixed(pair.pair_decimals)
  const avg = order.vol_exec > 0 ? order.cost / order.vol_exec : 0
  const view: Record<string, unknown> = {
    refid: null,
    userref: order.userref ?? 0,
    ...(order.cl_ord_id === undefined ? {} : { cl_ord_id: order.cl_ord_id }),
    status: order.status,
    ...(order.status === 'open' || order.status === 'pending' ? {} : { reason: order.reason }),
    opentm: seconds(order.opentm),
    ...(order.closetm === undefined ? {} : { closetm: seconds(order.closetm) }),
    starttm: seconds(order.starttm || undefined),
    expiretm: seconds(order.expiretm),
    descr: {
      pair: pair.altname,
      type: order.type,
      ordertype: order.ordertype,
      price: order.trailingOffset ? `+${order.trailingOffset.value}` : price(order.price),
      price2: order.price2 === undefined ? '0' : price(order.price2),
      leverage: 'none',
      order: _describeOrder(order),
      close: '',
    },
    vol: order.volume.toFixed(pair.lot_decimals),
    vol_exec: order.vol_exec.toFixed(pair.lot_decimals),
    cost: order.cost.toFixed(pair.cost_decimals),
    fee: order.fee.toFixed(pair.cost_decimals),
    price: price(avg),
    stopprice:
      order.ordertype.startsWith('stop') || order.ordertype.startsWith('trailing') ? price(order.price) : '0.00000',
    limitprice: order.price2 === undefined ? '0.00000' : price(order.price2),
    misc: '',
    oflags: [...order.oflags].join(',') || (order.type === 'buy' ? 'fciq' : 'fciq'),
    ...(order.trigger === 'index' ? { trigger: 'index' } : {}),
    ...(withTrades && order.trades.length ? { trades: order.trades.slice() } : {}),
  }
  return view
}
