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
  /** Milliseconds between protocol pings; below Kraken's 60 s idle limit. Default 30 000. */
  pingInterval?: number
  /** Milliseconds to wait for Kraken's answer to subscribe / unsubscribe / the challenge. Default 10 000. */
  requestTimeout?: number
  /** Pace of outgoing frames, also during replay (Kraken allows 100 requests/s per connection). Default 80. */
  maxRequestsPerSecond?: number
  /** Consecutive reconnect attempts before giving up with `KrakenMaxReconnectError` (as @k/spot-ws). Default 7. */
  maxReconnects?: number
  /** First backoff delay (ms), doubled per attempt with jitter (as @k/spot-ws). Default 1 000. */
  initialBackoff?: number
  /** Backoff cap (ms). Default 60 000. */
  maxBackoff?: number
  /** Messages a `stream()` buffers for a slow consumer before failing it. Default 10 000. */
  streamHighWaterMark?: number
  /** WebSocket implementation override (e.g. a browser polyfill); default `isomorphic-ws`. */
  WebSocket?: WebSocketConstructor
}
