import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The requested resource is unavailable.
 *
 * Default for Kraken's `Unavailable`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenUnavailableError`.
 * Docs: https://docs.kraken.com/api/docs/guides/futures-rest
 *
 * @example
 * import { KrakenUnavailableError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnavailableError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnavailableError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnavailableError',
    code: 'Unavailable',
    category: 'exchange',
    retryable: true,
  }
}
