/** One order as OpenOrders/ClosedOrders/QueryOrders return it; decimals are strings. */
export type OrderInfo = {
  refid: string | null
  userref: number | null
  cl_ord_id?: string | null
  status: 'pending' | 'open' | 'closed' | 'canceled' | 'expired' | (string & {})
  opentm: number
  starttm: number
  expiretm: number
  closetm?: number
  descr: {
    pair: string
    type: 'buy' | 'sell'
    ordertype: string
    price: string
    price2: string
    leverage: string
    order: string
    close: string
  }
  vol: string
  vol_exec: string
  cost: string
  fee: string
  price: string
  stopprice: string
  limitprice: string
  trigger?: string
  misc: string
  oflags: string
  trades?: string[]
  reason?: string | null
  [field: string]: unknown
}
