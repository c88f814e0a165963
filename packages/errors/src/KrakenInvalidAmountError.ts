import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The specified amount is invalid.
 *
 * Default for Kraken's `EFunding:Invalid amount`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidAmountError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 *
 * @example
 * import { KrakenInvalidAmountError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidAmountError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidAmountError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidAmountError',
    code: 'EFunding:Invalid amount',
    category: 'validation',
    retryable: false,
  }
}
