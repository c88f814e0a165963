import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The allocation exceeds the total strategy limit.
 *
 * Default for Kraken's `EEarnings:Above max:The allocation exceeds the total strategy limit`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenEarnDeallocationExceededError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnDeallocationExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnDeallocationExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnDeallocationExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnDeallocationExceededError',
    code: 'EEarnings:Above max:The allocation exceeds the total strategy limit',
    category: 'exchange',
    retryable: false,
  }
}
