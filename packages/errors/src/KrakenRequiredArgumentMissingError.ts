import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The request is missing a required argument.
 *
 * Default for Kraken's `requiredArgumentMissing`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenRequiredArgumentMissingError`.
 * Docs: https://docs.kraken.com/api/docs/guides/futures-rest
 *
 * @example
 * import { KrakenRequiredArgumentMissingError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenRequiredArgumentMissingError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenRequiredArgumentMissingError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenRequiredArgumentMissingError',
    code: 'requiredArgumentMissing',
    category: 'validation',
    retryable: false,
  }
}
