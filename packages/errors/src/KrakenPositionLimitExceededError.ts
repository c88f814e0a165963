import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Position limit exceeded. Please check your limits.
 *
 * Default for Kraken's `EOrder:Positions limit exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenPositionLimitExceededError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenPositionLimitExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenPositionLimitExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenPositionLimitExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenPositionLimitExceededError',
    code: 'EOrder:Positions limit exceeded',
    category: 'exchange',
    retryable: false,
  }
}
