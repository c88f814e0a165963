import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The request payload is malformed, incorrect or ambiguous.
 *
 * Default for Kraken's `EGeneral:Invalid arguments`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidArgumentsError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidArgumentsError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidArgumentsError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidArgumentsError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidArgumentsError',
    code: 'EGeneral:Invalid arguments',
    category: 'validation',
    retryable: false,
  }
}
