import type { SimPair } from '../spot-market/pairs.js'

/** Order parameters with Kraken REST wire names (AddOrder). Values may be strings or numbers (JSON bodies). */
export type SpotOrderParams = {
  pair?: string | undefined
  type?: string | undefined
  ordertype?: string | undefined
  volume?: string | number | undefined
  displayvol?: string | number | undefined
  price?: string | number | undefined
  price2?: string | number | undefined
  trigger?: string | undefined
  oflags?: string | readonly string[] | undefined
  timeinforce?: string | undefined
  starttm?: string | number | undefined
  expiretm?: string | number | undefined
  userref?: string | number | undefined
  cl_ord_id?: string | undefined
  validate?: string | boolean | undefined
  leverage?: string | undefined
  reduce_only?: string | boolean | undefined
  stptype?: string | undefined
  deadline?: string | undefined
  asset_class?: string | undefined
  [extra: string]: unknown
}

/** AmendOrder parameters (REST and WS v2 share these names, except WS `order_id` = REST `txid`). */
export type SpotAmendParams = {
  txid?: string
  cl_ord_id?: string
  order_qty?: string | number
  display_qty?: string | number
  limit_price?: string | number
  trigger_price?: string | number
  post_only?: string | boolean
  pair?: string
  deadline?: string
}

/** EditOrder parameters (REST): `txid` (or userref) of the open order plus the fields to change. */
export type SpotEditParams = {
  txid?: string | number
  pair?: string
  volume?: string | number
  displayvol?: string | number
  price?: string | number
  price2?: string | number
  oflags?: string | readonly string[]
  userref?: string | number
  cancel_response?: string | boolean
  validate?: string | boolean
  deadline?: string
}

/** REST order statuses. */
export type SpotOrderStatus = 'pending' | 'open' | 'closed' | 'canceled' | 'expired'

/** One order as the engine keeps it. Numbers are exact to the pair's decimals (rounded on every update). */
export type SpotOrder = {
  txid: string
  key: string
  pair: SimPair
  type: 'buy' | 'sell'
  ordertype: string
  /** Limit price (limit/iceberg) or trigger price (stop/take-profit/trailing offset). */
  price: number | undefined
  /** Limit price of the *-limit orders. */
  price2: number | undefined
  /** Trailing orders: the offset's text (`+50`, `2%`); trigger follows the market. */
  trailingOffset?: { value: number; percent: boolean } | undefined
  trailingExtreme?: number
  volume: number
  displayvol: number | undefined
  vol_exec: number
  cost: number
  fee: number
  status: SpotOrderStatus
  reason: string | null
  opentm: number
  closetm: number | undefined
  expiretm: number | undefined
  starttm: number
  userref: number | undefined
  cl_ord_id: string | undefined
  oflags: Set<string>
  timeinforce: 'GTC' | 'IOC' | 'GTD'
  trigger: 'last' | 'index'
  triggered: boolean
  /** viqc market orders: the quote amount to spend. */
  quoteVolume: number | undefined
  trades: string[]
}

/** One private trade (REST TradesHistory shape, numbers kept for computation). */
export type SpotUserTrade = {
  id: string
  ordertxid: string
  postxid: string
  pair: SimPair
  time: number
  type: 'buy' | 'sell'
  ordertype: string
  price: number
  cost: number
  fee: number
  vol: number
  maker: boolean
  trade_id: number
  ledgers: string[]
}

/** One ledger entry (REST Ledgers shape). */
export type SpotLedgerEntry = {
  id: string
  refid: string
  time: number
  type: 'trade' | 'deposit' | 'withdrawal' | 'transfer' | 'earn' | 'adjustment'
  subtype: string
  aclass: string
  asset: string
  amount: string
  fee: string
  balance: string
}

/** A WS v2 `executions` report (numbers as JS numbers; the WS layer serialises them). */
export type SpotExecutionReport = {
  exec_type: 'pending_new' | 'new' | 'trade' | 'filled' | 'canceled' | 'expired' | 'amended' | 'restated' | 'status'
  order_id: string
  cl_ord_id?: string
  order_userref?: number
  symbol: string
  side: 'buy' | 'sell'
  order_type: string
  order_qty: number
  limit_price?: number
  stop_price?: number
  display_qty?: number
  time_in_force: 'GTC' | 'IOC' | 'GTD'
  post_only: boolean
  order_status: 'pending_new' | 'new' | 'partially_filled' | 'filled' | 'canceled' | 'expired'
  cum_qty: number
  cum_cost: number
  avg_price: number
  fee_ccy_pref: 'fcib' | 'fciq'
  fee_usd_equiv?: number
  timestamp: string
  exec_id?: string
  trade_id?: number
  last_qty?: number
  last_price?: number
  cost?: number
  liquidity_ind?: 't' | 'm'
  fees?: Array<{ asset: string; qty: number }>
  reason?: string
  amended?: boolean
}

/** What the engine emits: execution reports and balance changes (with the ledger entry that caused them). */
export type SpotEngineEvent =
  | { kind: 'execution'; key: string; report: SpotExecutionReport }
  | {
      kind: 'balance'
      key: string
      /** REST asset name (`XXBT`). */
      asset: string
      /** WS v2 asset name (`BTC`). */
      wsAsset: string
      /** New total balance, with the asset's decimals. */
      balance: string
      ledger: SpotLedgerEntry
    }
