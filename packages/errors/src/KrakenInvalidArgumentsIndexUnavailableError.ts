import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Index pricing is unavailable for stop/profit orders on this pair.
 *
 * Default for Kraken's `EGeneral:Invalid arguments:Index unavailable`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidArgumentsIndexUnavailableError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidArgumentsIndexUnavailableError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidArgumentsIndexUnavailableError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidArgumentsIndexUnavailableError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidArgumentsIndexUnavailableError',
    code: 'EGeneral:Invalid arguments:Index unavailable',
    category: 'validation',
    retryable: false,
  }
}
