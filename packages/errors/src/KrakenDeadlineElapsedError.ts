import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The request timed out according to the default or specified deadline.
 *
 * Default for Kraken's `EService:Deadline elapsed`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenDeadlineElapsedError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenDeadlineElapsedError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenDeadlineElapsedError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenDeadlineElapsedError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenDeadlineElapsedError',
    code: 'EService:Deadline elapsed',
    category: 'exchange',
    retryable: true,
  }
}
