import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The account or its permissions could not be authenticated.
 *
 * Default for Kraken's `EAuth:Failed`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenAuthenticationFailedError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenAuthenticationFailedError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenAuthenticationFailedError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenAuthenticationFailedError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenAuthenticationFailedError',
    code: 'EAuth:Failed',
    category: 'auth',
    retryable: false,
  }
}
