import type { SpotClient } from '@k/spot-rest'
import type { WsToken } from '../internal/_TokenProvider.js'
import type { WebSocketConstructor } from '../internal/_WsConnection.js'
import type { SpotWsMessage } from './SpotWsMessage.js'
import type { WsConnectionName } from './WsConnectionName.js'

/** python-kraken-sdk's `callback`: every message, with the frame's exact text (for checksums). */
export type SpotWsCallback = (message: SpotWsMessage, raw: string, connection: WsConnectionName) => void | Promise<void>

export type SpotWsClientOptions = {
  /** API key with "Access WebSockets API"; with `secret`, a private connection is opened too. */
  key?: string
  secret?: string
  /** Public endpoint. Default `wss://ws.kraken.com/v2`. */
  url?: string
  /** Authenticated endpoint. Default `wss://ws-auth.kraken.com/v2`. */
  authUrl?: string
  /** REST base for `GetWebSocketsToken`. Default `https://api.kraken.com`. */
  restUrl?: string
  /** A @k/spot-rest client to fetch tokens with (shares its nonce generator and rate limiter). */
  restClient?: SpotClient
  /** Custom token source instead of REST (e.g. a token service). */
  getToken?: () => Promise<WsToken>
  /** Skip the public connection (python `no_public`); public channels then go over the private one. */
  noPublic?: boolean
  /** Called with every message (python `callback`). Alternatively subclass and override `onMessage`. */
  callback?: SpotWsCallback
  /** WebSocket implementation. Default: isomorphic-ws (`ws` on Node, the global WebSocket in browsers). */
  WebSocket?: WebSocketConstructor
  /** `'string'` (default): prices and quantities are strings with Kraken's exact text. `'number'`: JS numbers. */
  decimals?: 'string' | 'number'
  /** Milliseconds to wait for an answer (subscribe acks, orders). Default 10 000. */
  requestTimeout?: number
  /** Milliseconds to wait for a socket to open. Default 10 000. */
  connectTimeout?: number
  /** Milliseconds between keepalive pings; a socket silent for 3 intervals is reconnected. Default 10 000. */
  pingInterval?: number
  /** Reconnect attempts before giving up with `KrakenMaxReconnectError`. Default 7 (python-kraken-sdk). */
  maxReconnects?: number
  /** First backoff delay (ms), doubled per attempt with jitter. Default 1 000. */
  initialBackoff?: number
  /** Backoff cap (ms). Default 60 000. */
  maxBackoff?: number
  /** Symbols per subscribe message when replaying after a reconnect. Default 50. */
  replayBatchSize?: number
  /** Subscribe messages per second when replaying (Kraken's msg-rate limit). Default 10. */
  replayMessagesPerSecond?: number
  /** Messages a `stream()` buffers for a slow consumer before failing it. Default 10 000. */
  streamHighWaterMark?: number
  /** Accepted and ignored (seed 003's legacy `beta`). */
  beta?: boolean
}
