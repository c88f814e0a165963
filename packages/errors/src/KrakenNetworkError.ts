import { KrakenError, type KrakenErrorDefaults, type KrakenErrorInit } from './KrakenError.js'

/**
 * The request failed in transport (DNS, refused or reset connection, TLS, socket closed, HTTP 5xx from a proxy):
 * Kraken's answer, if any, never arrived. The underlying error (ky `HTTPError`, `TypeError: fetch failed`, WebSocket
 * close event) is kept in `cause`.
 *
 * `retryable` defaults to `true` only when `details.sent` is `'no'` (the request provably never left); when it may
 * have reached Kraken (`'maybe'`) a non-idempotent call such as AddOrder must be reconciled by `cl_ord_id`/`userref`
 * instead (STYLE §9.7.3). Pass `retryable: true` explicitly for idempotent reads.
 *
 * Python: none (python-kraken-sdk lets `requests`/`aiohttp` connection errors through).
 *
 * @example
 * import { KrakenNetworkError } from '@k/errors'
 * const error = new KrakenNetworkError('Connection refused.', { details: { endpoint: 'POST /0/private/Balance', sent: 'no' } })
 * error.retryable // true
 */
export class KrakenNetworkError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenNetworkError',
    code: 'ENetwork',
    category: 'network',
    retryable: false,
  }

  constructor(shortMessage: string, init: KrakenErrorInit = {}) {
    super(shortMessage, { ...init, retryable: init.retryable ?? init.details?.sent === 'no' })
  }
}
