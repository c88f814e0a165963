import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Client would exceed the maximum position size for this pair.
 *
 * Default for Kraken's `EOrder:Margin position size exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenMarginPositionSizeExceededError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenMarginPositionSizeExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenMarginPositionSizeExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenMarginPositionSizeExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenMarginPositionSizeExceededError',
    code: 'EOrder:Margin position size exceeded',
    category: 'exchange',
    retryable: false,
  }
}
