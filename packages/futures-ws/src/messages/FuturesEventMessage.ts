import type { FuturesFeed } from '../FuturesFeed.js'

/** Sent by Kraken right after the connection opens: `{"event":"info","version":1}`. */
export type FuturesInfoMessage = { event: 'info'; version: number }

/** Kraken's answer to `{"event":"challenge","api_key":…}`; `message` is the UUID to sign. Consumed by the client. */
export type FuturesChallengeMessage = { event: 'challenge'; message: string }

/**
 * Subscription acknowledgements. Public feeds echo `product_ids`; private ones only the feed. Kraken lists
 * `subscribed`, `subscribed_failed`, `unsubscribed`, `unsubscribed_failed` (seed 002).
 */
export type FuturesSubscriptionEventMessage = {
  event: 'subscribed' | 'subscribed_failed' | 'unsubscribed' | 'unsubscribed_failed'
  feed: FuturesFeed
  product_ids?: string[]
  message?: string
}

/** `{"event":"error","message":"Invalid feed" | "Invalid product id" | "Json Error"}`. */
export type FuturesErrorMessage = { event: 'error'; message: string }

/**
 * Kraken quirk: a private subscribe with a wrong key or signature is answered with an `alert`, not
 * `subscribed_failed`: `{"event":"alert","message":"Failed to subscribe to authenticated feed"}`.
 */
export type FuturesAlertMessage = { event: 'alert'; message: string }

/** Every message that carries an `event` field. */
export type FuturesEventMessage =
  | FuturesInfoMessage
  | FuturesChallengeMessage
  | FuturesSubscriptionEventMessage
  | FuturesErrorMessage
  | FuturesAlertMessage
