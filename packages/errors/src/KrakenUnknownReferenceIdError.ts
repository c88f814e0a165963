import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The requested reference id is unknown.
 *
 * Default for Kraken's `EFunding:Unknown reference id`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownReferenceIdError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 *
 * @example
 * import { KrakenUnknownReferenceIdError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownReferenceIdError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownReferenceIdError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownReferenceIdError',
    code: 'EFunding:Unknown reference id',
    category: 'exchange',
    retryable: false,
  }
}
