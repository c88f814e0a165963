import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Insufficient funds to complete the (de)allocation request.
 *
 * Default for Kraken's `EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenEarnInsufficientFundsError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnInsufficientFundsError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnInsufficientFundsError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnInsufficientFundsError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnInsufficientFundsError',
    code: 'EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request',
    category: 'exchange',
    retryable: false,
  }
}
