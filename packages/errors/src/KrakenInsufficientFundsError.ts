import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Client does not have the necessary funds.
 *
 * Default for Kraken's `EOrder:Insufficient funds`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInsufficientFundsError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInsufficientFundsError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInsufficientFundsError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInsufficientFundsError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInsufficientFundsError',
    code: 'EOrder:Insufficient funds',
    category: 'exchange',
    retryable: false,
  }
}
