import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The (de)allocation amount is below the minimum.
 *
 * Default for Kraken's `EEarnings:Below min:(De)allocation operation amount less than minimum`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenEarnMinimumAllocationError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnMinimumAllocationError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnMinimumAllocationError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnMinimumAllocationError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnMinimumAllocationError',
    code: 'EEarnings:Below min:(De)allocation operation amount less than minimum',
    category: 'exchange',
    retryable: false,
  }
}
