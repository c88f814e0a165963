import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The price is below the minimum.
 *
 * Default for Kraken's `EAPI:Invalid arguments:price below min`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidArgumentBelowMinError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidArgumentBelowMinError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidArgumentBelowMinError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidArgumentBelowMinError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidArgumentBelowMinError',
    code: 'EAPI:Invalid arguments:price below min',
    category: 'validation',
    retryable: false,
  }
}
