import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Order is invalid.
 *
 * Default for Kraken's `EOrder:Invalid order`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidOrderError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidOrderError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidOrderError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidOrderError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidOrderError',
    code: 'EOrder:Invalid order',
    category: 'validation',
    retryable: false,
  }
}
