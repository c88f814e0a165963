import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The requested reference id is invalid.
 *
 * Default for Kraken's `EFunding:Invalid reference id`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidReferenceIdError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 *
 * @example
 * import { KrakenInvalidReferenceIdError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidReferenceIdError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidReferenceIdError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidReferenceIdError',
    code: 'EFunding:Invalid reference id',
    category: 'validation',
    retryable: false,
  }
}
