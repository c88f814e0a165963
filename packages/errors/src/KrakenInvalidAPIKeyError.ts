import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * An invalid API-Key header was supplied.
 *
 * Default for Kraken's `EAPI:Invalid key`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidAPIKeyError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth
 *
 * @example
 * import { KrakenInvalidAPIKeyError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidAPIKeyError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidAPIKeyError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidAPIKeyError',
    code: 'EAPI:Invalid key',
    category: 'auth',
    retryable: false,
  }
}
