import type { KrakenError } from '@k/errors'
import type { FuturesSubscription } from './internal/_SubscriptionRegistry.js'
import type { FuturesWsMessage } from './messages/FuturesWsMessage.js'

/** Events of {@link FuturesWsClient} (same names as @k/spot-ws). */
export type FuturesWsClientEvents = {
  open: []
  close: [info: { code: number; reason: string }]
  /** Every message except the consumed challenge, parsed, plus the frame's exact text. */
  message: [message: FuturesWsMessage, rawText: string]
  reconnecting: [info: { attempt: number; delayMs: number }]
  /** A new connection is open and every subscription was sent again (private ones with a fresh challenge) and answered. */
  reconnected: [info: { subscriptions: FuturesSubscription[] }]
  error: [error: KrakenError]
}
