import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The earn service is temporarily unavailable.
 *
 * Default for Kraken's `EEarnings:Busy`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenEarnTemporaryUnavailableError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnTemporaryUnavailableError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnTemporaryUnavailableError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnTemporaryUnavailableError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnTemporaryUnavailableError',
    code: 'EEarnings:Busy',
    category: 'exchange',
    retryable: true,
  }
}
