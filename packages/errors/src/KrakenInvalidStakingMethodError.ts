import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The staking method is invalid.
 *
 * Default for Kraken's `EFunding:Invalid staking method`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidStakingMethodError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenInvalidStakingMethodError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidStakingMethodError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidStakingMethodError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidStakingMethodError',
    code: 'EFunding:Invalid staking method',
    category: 'validation',
    retryable: false,
  }
}
