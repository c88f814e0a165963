import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * start_time must be before expire_time.
 *
 * Default for Kraken's `EAPI:Invalid arguments:start_time must be < expire_time`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidArgumentsStartTimeError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidArgumentsStartTimeError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidArgumentsStartTimeError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidArgumentsStartTimeError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidArgumentsStartTimeError',
    code: 'EAPI:Invalid arguments:start_time must be < expire_time',
    category: 'validation',
    retryable: false,
  }
}
