import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * API key doesn't have permission to make this request.
 *
 * Default for Kraken's `EGeneral:Permission denied`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenPermissionDeniedError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenPermissionDeniedError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenPermissionDeniedError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenPermissionDeniedError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenPermissionDeniedError',
    code: 'EGeneral:Permission denied',
    category: 'auth',
    retryable: false,
  }
}
