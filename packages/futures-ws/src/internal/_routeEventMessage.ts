import type { FuturesEventMessage } from '../messages/FuturesEventMessage.js'
import type { _Challenge } from './_Challenge.js'
import type { _SubscriptionRegistry } from './_SubscriptionRegistry.js'
import { _authFailed, _requestFailed } from './_wsErrors.js'

/**
 * Applies one `event` message to the connection's state: the challenge answer (returns `true`: consumed, never
 * forwarded, as in python-kraken-sdk), acks and failures settle pending requests. Kraken's `error` and auth `alert`
 * name no feed, so they settle the oldest request already sent.
 */
export function _routeEventMessage(
  message: FuturesEventMessage,
  registry: _SubscriptionRegistry,
  challenge: _Challenge | undefined,
): boolean {
  switch (message.event) {
    case 'challenge':
      if (typeof message.message !== 'string') return false
      challenge?.receive(message.message)
      return true
    case 'subscribed':
    case 'unsubscribed':
      registry.onAck(message)
      return false
    case 'subscribed_failed':
    case 'unsubscribed_failed':
      registry.onFailed(message, _requestFailed(`ws ${message.event} ${message.feed}`, message))
      return false
    case 'error':
      registry.rejectOldest(_requestFailed('ws request', message))
      return false
    case 'alert':
      // "Failed to subscribe to authenticated feed"; the benign "Already subscribed to feed, re-requesting" is ignored.
      if (/authenticated feed/i.test(message.message)) registry.rejectOldest(_authFailed('ws subscribe', message), true)
      return false
    default:
      return false
  }
}
