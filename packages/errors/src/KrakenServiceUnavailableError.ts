import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The matching engine or API is offline.
 *
 * Default for Kraken's `EService:Unavailable`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenServiceUnavailableError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenServiceUnavailableError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenServiceUnavailableError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenServiceUnavailableError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenServiceUnavailableError',
    code: 'EService:Unavailable',
    category: 'exchange',
    retryable: true,
  }
}
