import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Client does not have the necessary funds.
 *
 * Default for Kraken's `insufficientAvailableFunds`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInsufficientAvailableFundsError`.
 * Docs: https://docs.kraken.com/api/docs/futures-api/trading/send-order
 *
 * @example
 * import { KrakenInsufficientAvailableFundsError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInsufficientAvailableFundsError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInsufficientAvailableFundsError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInsufficientAvailableFundsError',
    code: 'insufficientAvailableFunds',
    category: 'exchange',
    retryable: false,
  }
}
