import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * expire_time is above the maximum.
 *
 * Default for Kraken's `EAPI:Invalid arguments:expire_time above max`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidArgumentsExpireTimeError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidArgumentsExpireTimeError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidArgumentsExpireTimeError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidArgumentsExpireTimeError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidArgumentsExpireTimeError',
    code: 'EAPI:Invalid arguments:expire_time above max',
    category: 'validation',
    retryable: false,
  }
}
