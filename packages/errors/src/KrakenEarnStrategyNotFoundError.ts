import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The earn strategy was not found.
 *
 * Default for Kraken's `EGeneral:Invalid arguments:Invalid strategy ID`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenEarnStrategyNotFoundError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnStrategyNotFoundError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnStrategyNotFoundError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnStrategyNotFoundError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnStrategyNotFoundError',
    code: 'EGeneral:Invalid arguments:Invalid strategy ID',
    category: 'validation',
    retryable: false,
  }
}
