import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Exchange does not have available funds for this margin trade.
 *
 * Default for Kraken's `EOrder:Insufficient margin`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInsufficientMarginError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInsufficientMarginError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInsufficientMarginError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInsufficientMarginError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInsufficientMarginError',
    code: 'EOrder:Insufficient margin',
    category: 'exchange',
    retryable: false,
  }
}
