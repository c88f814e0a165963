/** One trade as TradesHistory/QueryTrades return it; decimals are strings. */
export type TradeInfo = {
  ordertxid: string
  postxid: string
  pair: string
  time: number
  type: 'buy' | 'sell'
  ordertype: string
  price: string
  cost: string
  fee: string
  vol: string
  margin: string
  misc: string
  ledgers?: string[]
  trade_id?: number
  maker?: boolean
  [field: string]: unknown
}
