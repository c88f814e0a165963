import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Order limits exceeded. Please check your open orders limit.
 *
 * Default for Kraken's `EOrder:Orders limit exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenOrderLimitsExceededError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenOrderLimitsExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenOrderLimitsExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenOrderLimitsExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenOrderLimitsExceededError',
    code: 'EOrder:Orders limit exceeded',
    category: 'exchange',
    retryable: false,
  }
}
