/**
 * Typed WS v2 messages (Kraken's field names). Decimals are strings holding Kraken's exact text (the client rewrites
 * them before parsing; with `decimals: 'number'` they are JS numbers at runtime instead).
 *
 * Kraken: https://docs.kraken.com/api/docs/websocket-v2/
 */
export type WsDecimal = string

/** `{ channel, type, data }` of every channel message. */
export type WsChannelEnvelope<Channel extends string, Data> = {
  channel: Channel
  type: 'snapshot' | 'update'
  data: Data
}

export type TickerData = {
  symbol: string
  bid: WsDecimal
  bid_qty: WsDecimal
  ask: WsDecimal
  ask_qty: WsDecimal
  last: WsDecimal
  volume: WsDecimal
  vwap: WsDecimal
  low: WsDecimal
  high: WsDecimal
  change: WsDecimal
  change_pct: WsDecimal
  timestamp?: string
}
export type TickerMessage = WsChannelEnvelope<'ticker', TickerData[]>

export type BookLevel = { price: WsDecimal; qty: WsDecimal }
export type BookData = {
  symbol: string
  bids: BookLevel[]
  asks: BookLevel[]
  /** CRC32 of the top 10 levels after applying this message (see the README: use the raw frame text). */
  checksum: number
  timestamp?: string
}
export type BookMessage = WsChannelEnvelope<'book', BookData[]>

export type Level3Order = {
  /** Updates only. */
  event?: 'add' | 'modify' | 'delete'
  order_id: string
  limit_price: WsDecimal
  order_qty: WsDecimal
  timestamp: string
}
export type Level3Data = { symbol: string; checksum: number; bids: Level3Order[]; asks: Level3Order[] }
export type Level3Message = WsChannelEnvelope<'level3', Level3Data[]>

export type OhlcData = {
  symbol: string
  open: WsDecimal
  high: WsDecimal
  low: WsDecimal
  close: WsDecimal
  trades: number
  volume: WsDecimal
  vwap: WsDecimal
  interval_begin: string
  interval: number
  timestamp: string
}
export type OhlcMessage = WsChannelEnvelope<'ohlc', OhlcData[]> & { timestamp?: string }

export type TradeData = {
  symbol: string
  side: 'buy' | 'sell'
  price: WsDecimal
  qty: WsDecimal
  ord_type: 'market' | 'limit'
  trade_id: number
  timestamp: string
}
export type TradeMessage = WsChannelEnvelope<'trade', TradeData[]>

export type InstrumentAsset = {
  id: string
  status: string
  precision: number
  precision_display: number
  borrowable: boolean
  collateral_value: WsDecimal
  margin_rate?: WsDecimal
  [field: string]: unknown
}
export type InstrumentPair = {
  symbol: string
  base: string
  quote: string
  status: string
  qty_precision: number
  qty_increment: WsDecimal
  price_precision: number
  cost_precision: number
  marginable: boolean
  has_index: boolean
  cost_min: WsDecimal
  tick_size?: WsDecimal
  price_increment: WsDecimal
  qty_min: WsDecimal
  [field: string]: unknown
}
export type InstrumentMessage = WsChannelEnvelope<'instrument', { assets: InstrumentAsset[]; pairs: InstrumentPair[] }>

/** One execution report (order lifecycle event or fill). Fields depend on `exec_type`. */
export type ExecutionData = {
  exec_type: string
  order_id: string
  order_status?: string
  symbol?: string
  side?: 'buy' | 'sell'
  order_type?: string
  order_qty?: WsDecimal
  limit_price?: WsDecimal
  cl_ord_id?: string
  order_userref?: number
  timestamp: string
  [field: string]: unknown
}
export type ExecutionsMessage = WsChannelEnvelope<'executions', ExecutionData[]> & { sequence: number }

export type BalanceData = {
  asset: string
  asset_class?: string
  balance: WsDecimal
  wallets?: Array<{ type: string; id: string; balance: WsDecimal }>
  [field: string]: unknown
}
export type BalancesMessage = WsChannelEnvelope<'balances', BalanceData[]> & { sequence: number }

export type StatusMessage = {
  channel: 'status'
  type: 'snapshot' | 'update'
  data: Array<{ api_version: string; connection_id: number; system: string; version: string }>
}
export type HeartbeatMessage = { channel: 'heartbeat' }

/** An answer to a request (`subscribe`, `add_order`, `pong`, …). */
export type MethodResponse<Result = unknown> = {
  method: string
  req_id?: number
  result?: Result
  success?: boolean
  error?: string
  symbol?: string
  warnings?: string[]
  time_in?: string
  time_out?: string
}

/** Kraken's message-rate answer, the only capitalised key in WS v2. */
export type RateLimitMessage = { Error: string }

/** Every channel message, by channel name (`ohlcv` is python-kraken-sdk's doc alias of `ohlc`). */
export type ChannelMessageMap = {
  ticker: TickerMessage
  book: BookMessage
  level3: Level3Message
  ohlc: OhlcMessage
  ohlcv: OhlcMessage
  trade: TradeMessage
  instrument: InstrumentMessage
  executions: ExecutionsMessage
  balances: BalancesMessage
  status: StatusMessage
  heartbeat: HeartbeatMessage
}

export type SpotWsChannelMessage = ChannelMessageMap[keyof ChannelMessageMap]

/** Anything the client hands to `onMessage` / the `message` event. */
export type SpotWsMessage = SpotWsChannelMessage | MethodResponse | RateLimitMessage
