import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The user's verification tier is not high enough for this strategy.
 *
 * Default for Kraken's `EEarnings:Permission denied:The user's tier is not high enough`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `auth`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenEarnTierVerificationError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnTierVerificationError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnTierVerificationError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnTierVerificationError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnTierVerificationError',
    code: "EEarnings:Permission denied:The user's tier is not high enough",
    category: 'auth',
    retryable: false,
  }
}
