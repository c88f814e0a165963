import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Credentials are invalid.
 *
 * Default for Kraken's `authenticationError`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenAuthenticationError`.
 * Docs: https://docs.kraken.com/api/docs/guides/futures-rest
 *
 * @example
 * import { KrakenAuthenticationError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenAuthenticationError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenAuthenticationError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenAuthenticationError',
    code: 'authenticationError',
    category: 'auth',
    retryable: false,
  }
}
