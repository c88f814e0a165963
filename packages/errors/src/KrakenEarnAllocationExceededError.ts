import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The allocation exceeds the user limit for the strategy.
 *
 * Default for Kraken's `EEarnings:Above max:The allocation exceeds user limit for the strategy`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenEarnAllocationExceededError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnAllocationExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnAllocationExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnAllocationExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnAllocationExceededError',
    code: 'EEarnings:Above max:The allocation exceeds user limit for the strategy',
    category: 'exchange',
    retryable: false,
  }
}
