import {
  KrakenAuthenticationError,
  KrakenError,
  KrakenNetworkError,
  KrakenTimeoutError,
  toKrakenError,
} from '@k/errors'

/** Error for a Kraken `error` / `subscribed_failed` / `unsubscribed_failed` answer to one request. */
export function _requestFailed(endpoint: string, message: { event?: unknown; message?: unknown }): KrakenError {
  const text = typeof message.message === 'string' && message.message !== '' ? message.message : String(message.event)
  return toKrakenError(text, { endpoint, body: message, sent: 'yes' })
}

/**
 * Kraken quirk: a private request with a wrong key, challenge or signature is answered with
 * `{"event":"alert","message":"Failed to subscribe to authenticated feed"}`. The message never names the key.
 */
export function _authFailed(endpoint: string, message: { message?: unknown }): KrakenError {
  return new KrakenAuthenticationError(
    'Kraken refused the private subscription: the API key, its permissions or the signed challenge are wrong.',
    { code: String(message.message ?? 'alert'), details: { endpoint, body: message, sent: 'yes' } },
  )
}

export function _timedOut(endpoint: string, timeoutMs: number): KrakenError {
  return new KrakenTimeoutError(`No answer from Kraken within ${timeoutMs} ms.`, {
    details: { endpoint, sent: 'maybe' },
  })
}

export function _notConnected(endpoint: string, reason: string): KrakenError {
  return new KrakenNetworkError(`The Futures WebSocket is not connected (${reason}).`, {
    details: { endpoint, sent: 'no' },
  })
}

/** A `message`/`open`/… listener or the message callback threw: reported as an `error` event, never rethrown. */
export function _callbackError(cause: unknown): KrakenError {
  return new KrakenError('A listener or the message callback threw.', { code: 'ECallback', category: 'client', cause })
}
