import type { KrakenError } from '@k/errors'
import type { SpotWsMessage } from './SpotWsMessage.js'
import type { WsConnectionName } from './WsConnectionName.js'

/** Events of {@link SpotWsClient} (names fixed by ARCHITECTURE, plus `raw`). */
export type SpotWsClientEvents = {
  /** A connection opened (also after each reconnect, before the replay). */
  open: (connection: WsConnectionName) => void
  /** A connection closed (`code` 1000 on `close()`; anything else is followed by a reconnect or an error). */
  close: (connection: WsConnectionName, info: { code: number; reason: string }) => void
  /** Every parsed message with the frame's exact text, in arrival order. */
  message: (message: SpotWsMessage, raw: string, connection: WsConnectionName) => void
  /** Every frame's exact text before parsing (book checksums need the numbers' original text). */
  raw: (raw: string, connection: WsConnectionName) => void
  /** A reconnect attempt is scheduled in `delayMs`. */
  reconnecting: (info: { connection: WsConnectionName; attempt: number; delayMs: number }) => void
  /** The connection is back (token refreshed; subscriptions are being replayed). */
  reconnected: (info: { connection: WsConnectionName; attempt: number }) => void
  /**
   * Something went wrong without a caller to reject: malformed frames (`protocol`), `Exceeded msg rate`
   * (`rate_limit`), failed replays, close code 1008 and `KrakenMaxReconnectError` (both set `exceptionOccur`).
   */
  error: (error: KrakenError) => void
}
