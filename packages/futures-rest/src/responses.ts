/** Every v3 answer carries `result` and `serverTime` besides its data; numbers are JSON numbers as Kraken sends them. */
export type FuturesSuccess<T extends object = Record<string, unknown>> = T & { result: 'success'; serverTime: string }

/** A ticker (`GET /tickers`). */
export type FuturesTicker = {
  symbol: string
  tag?: string
  pair?: string
  markPrice?: number
  bid?: number
  bidSize?: number
  ask?: number
  askSize?: number
  vol24h?: number
  volumeQuote?: number
  openInterest?: number
  open24h?: number
  indexPrice?: number
  last?: number
  lastTime?: string
  lastSize?: number
  suspended?: boolean
  fundingRate?: number
  fundingRatePrediction?: number
  postOnly?: boolean
  change24h?: number
}

/** One entry of `orderEvents` (PLACE, EXECUTION, EDIT, CANCEL, REJECT, …). */
export type FuturesOrderEvent = { type: string; [key: string]: unknown }

/** `sendStatus` of sendorder. `status` is `placed` on success (failures are thrown as KrakenError). */
export type FuturesSendStatus = {
  order_id?: string
  status: string
  receivedTime?: string
  cliOrdId?: string
  orderEvents: FuturesOrderEvent[]
}

/** `editStatus` of editorder. */
export type FuturesEditStatus = {
  orderId?: string
  status: string
  receivedTime?: string
  cliOrdId?: string
  orderEvents: FuturesOrderEvent[]
}

/** `cancelStatus` of cancelorder / cancelallorders. */
export type FuturesCancelStatus = {
  status: string
  order_id?: string
  receivedTime?: string
  cancelOnly?: string
  cancelledOrders?: Array<{ order_id: string; cliOrdId?: string }>
  orderEvents: FuturesOrderEvent[]
}

/** One `batchStatus` entry of batchorder. */
export type FuturesBatchStatus = {
  status: string
  order_tag?: string
  order_id?: string
  dateTimeReceived?: string
  orderEvents: FuturesOrderEvent[]
}

/** An open order (`GET /openorders`). */
export type FuturesOpenOrder = {
  order_id: string
  cliOrdId?: string
  symbol: string
  side: 'buy' | 'sell'
  orderType: string
  limitPrice?: number
  stopPrice?: number
  unfilledSize: number
  filledSize: number
  receivedTime: string
  lastUpdateTime: string
  status: string
  reduceOnly: boolean
  triggerSignal?: string
}

/** An open position (`GET /openpositions`). */
export type FuturesOpenPosition = {
  side: 'long' | 'short'
  symbol: string
  price: number
  fillTime: string
  size: number
  unrealizedFunding?: number
  pnlCurrency?: string
  maxFixedLeverage?: number
}

/** A fill (`GET /fills`). */
export type FuturesFill = {
  fill_id: string
  symbol: string
  side: 'buy' | 'sell'
  order_id: string
  cliOrdId?: string
  size: number
  price: number
  fillTime: string
  fillType: string
}

/** A history page (`/api/history/v3/*`). */
export type FuturesHistoryPage = {
  accountUid?: string
  len: number
  serverTime?: string
  elements: Array<{ uid: string; timestamp: number; event: Record<string, unknown> }>
  continuationToken?: string
}
