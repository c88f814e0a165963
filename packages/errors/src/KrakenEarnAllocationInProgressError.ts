import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Another (de)allocation for the same strategy is in progress.
 *
 * Default for Kraken's `EEarnings:Busy:Another (de)allocation for the same strategy is in progress`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenEarnAllocationInProgressError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 *
 * @example
 * import { KrakenEarnAllocationInProgressError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenEarnAllocationInProgressError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenEarnAllocationInProgressError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenEarnAllocationInProgressError',
    code: 'EEarnings:Busy:Another (de)allocation for the same strategy is in progress',
    category: 'exchange',
    retryable: true,
  }
}
