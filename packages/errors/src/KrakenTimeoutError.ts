import type { KrakenErrorDefaults } from './KrakenError.js'
import { KrakenNetworkError } from './KrakenNetworkError.js'

/**
 * The request (or a WebSocket handshake / request-response) did not complete within the configured `timeout`.
 * A timed-out order call may still have reached Kraken, so `details.sent` is usually `'maybe'` and `retryable` false;
 * see {@link KrakenNetworkError} for the rule.
 *
 * Python: none (python raises the built-in `TimeoutError` for WS start/send).
 *
 * @example
 * import { KrakenTimeoutError } from '@k/errors'
 * const error = new KrakenTimeoutError('Timed out after 10000 ms.', { details: { endpoint: 'POST /0/private/AddOrder', sent: 'maybe' } })
 * error.retryable // false
 */
export class KrakenTimeoutError extends KrakenNetworkError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenTimeoutError',
    code: 'ETimeout',
    category: 'network',
    retryable: false,
  }
}
