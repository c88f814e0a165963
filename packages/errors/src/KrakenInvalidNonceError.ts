import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * An invalid nonce was supplied.
 *
 * Default for Kraken's `EAPI:Invalid nonce`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidNonceError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth
 *
 * @example
 * import { KrakenInvalidNonceError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidNonceError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidNonceError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidNonceError',
    code: 'EAPI:Invalid nonce',
    category: 'auth',
    retryable: false,
  }
}
