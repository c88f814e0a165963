import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * An invalid API-Sign header was supplied.
 *
 * Default for Kraken's `EAPI:Invalid signature`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidSignatureError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth
 *
 * @example
 * import { KrakenInvalidSignatureError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidSignatureError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidSignatureError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidSignatureError',
    code: 'EAPI:Invalid signature',
    category: 'auth',
    retryable: false,
  }
}
