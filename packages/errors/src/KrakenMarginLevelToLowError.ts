import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Client has insufficient equity or collateral.
 *
 * Default for Kraken's `EOrder:Margin level too low`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenMarginLevelToLowError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenMarginLevelToLowError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenMarginLevelToLowError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenMarginLevelToLowError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenMarginLevelToLowError',
    code: 'EOrder:Margin level too low',
    category: 'exchange',
    retryable: false,
  }
}
