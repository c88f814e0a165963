import type { FuturesWsMessage } from './messages/FuturesWsMessage.js'

/** Kraken's production Futures WebSocket (decommissioned on 2027-03-01; see the README for the Unified WebSocket). */
export const FUTURES_WS_URL = 'wss://futures.kraken.com/ws/v1'
/** The former demo environment (`sandbox: true`). Kraken retired demo-futures in 2026; kept for python parity. */
export const FUTURES_WS_SANDBOX_URL = 'wss://demo-futures.kraken.com/ws/v1'

/** A WebSocket constructor: `isomorphic-ws` (Node `ws` or the browser's) by default. */
export type WebSocketConstructor = new (url: string) => WebSocket | import('ws').WebSocket

/** Options of {@link FuturesWsClient}. Durations are milliseconds. */
export type FuturesWsClientOptions = {
  /** Futures API key (private feeds only). Never logged or serialised. */
  key?: string
  /** Futures API secret (base64). Never logged or serialised. */
  secret?: string
  /** Endpoint; default {@link FUTURES_WS_URL} (point it at kraken-sim's `futuresWsUrl` in tests). */
  url?: string
  /** Use {@link FUTURES_WS_SANDBOX_URL} when `url` is not given (python-kraken-sdk `sandbox`). */
  sandbox?: boolean
  /** python-kraken-sdk `callback`: receives every message except the consumed challenge. */
  callback?: (message: FuturesWsMessage) => void | Promise<void>
  /** Protocol ping interval; default 30 000, must stay below Kraken's 60 s idle limit. */
  pingIntervalMs?: number
  /** How long `subscribe` / `unsubscribe` / the challenge wait for Kraken's answer; default 10 000. */
  requestTimeoutMs?: number
  /** Pace of outgoing frames (Kraken allows 100/s per connection); default 80. */
  maxRequestsPerSecond?: number
  /**
   * Reconnect after an unexpected close: delay `minDelayMs + random() × min(maxDelayMs, baseDelayMs × (2^attempt − 1))`
   * (python-kraken-sdk's formula in ms), at most `maxAttempts` consecutive failures (default 7, like the Spot client),
   * then `error` with KrakenMaxReconnectError. Defaults: minDelayMs 1000, baseDelayMs 1000, maxDelayMs 180 000.
   */
  reconnect?: { maxAttempts?: number; minDelayMs?: number; baseDelayMs?: number; maxDelayMs?: number }
  /** WebSocket implementation override (e.g. a browser polyfill); default `isomorphic-ws`. */
  WebSocket?: WebSocketConstructor
}
