import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The fee was higher than the defined maximum.
 *
 * Default for Kraken's `EFunding:Max fee exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenMaxFeeExceededError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 *
 * @example
 * import { KrakenMaxFeeExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenMaxFeeExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenMaxFeeExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenMaxFeeExceededError',
    code: 'EFunding:Max fee exceeded',
    category: 'exchange',
    retryable: false,
  }
}
