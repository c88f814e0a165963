import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The account was temporary locked out.
 *
 * Default for Kraken's `EGeneral:Temporary lockout`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `rate_limit`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenTemporaryLockoutError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenTemporaryLockoutError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenTemporaryLockoutError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenTemporaryLockoutError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenTemporaryLockoutError',
    code: 'EGeneral:Temporary lockout',
    category: 'rate_limit',
    retryable: true,
  }
}
