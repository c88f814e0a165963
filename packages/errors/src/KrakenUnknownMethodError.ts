import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The endpoint or method is not known.
 *
 * Default for Kraken's `EGeneral:Unknown method`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownMethodError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenUnknownMethodError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownMethodError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownMethodError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownMethodError',
    code: 'EGeneral:Unknown method',
    category: 'validation',
    retryable: false,
  }
}
