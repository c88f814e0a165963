import type { SimLevel } from './_bookChecksum.js'
import type { WsMarket } from './_WsMarket.js'

/** One active channel subscription of one connection. */
export type SimSubscription = {
  channel: string
  /** The market it streams: spot, or derivatives on the Unified WebSocket (`asset_class: 'derivatives'`). */
  market: WsMarket
  /** WS v2 symbol (`BTC/USD`); absent for instrument, executions, balances. */
  symbol?: string
  depth?: number
  interval?: number
  /** Ticker `event_trigger` (`trades` by default, or `bbo`). */
  trigger?: 'trades' | 'bbo'
  /** Top of book last sent (book, level3) — the subscriber's view, used to diff the next update. */
  bids?: SimLevel[]
  asks?: SimLevel[]
  /** Last best bid/ask text sent (ticker with `bbo`). */
  lastBbo?: string
  /** The `result` object of the subscribe ack (also the unsubscribe ack). */
  result: Record<string, unknown>
}

/** Map key of a subscription: channel plus symbol (one subscription per channel and symbol per connection). */
export function _subscriptionKey(channel: string, symbol: string | undefined): string {
  return symbol === undefined ? channel : `${channel}|${symbol}`
}
