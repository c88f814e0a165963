import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The specified unit is invalid.
 *
 * Default for Kraken's `invalidUnit`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidUnitError`.
 * Docs: https://docs.kraken.com/api/docs/futures-api/trading/transfer
 *
 * @example
 * import { KrakenInvalidUnitError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidUnitError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidUnitError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidUnitError',
    code: 'invalidUnit',
    category: 'validation',
    retryable: false,
  }
}
