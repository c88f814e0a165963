import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Price is invalid.
 *
 * Default for Kraken's `EOrder:Invalid price`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidPriceError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidPriceError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidPriceError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidPriceError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidPriceError',
    code: 'EOrder:Invalid price',
    category: 'validation',
    retryable: false,
  }
}
