import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The resource is not found.
 *
 * Default for Kraken's `notFound`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenNotFoundError`.
 * Docs: https://docs.kraken.com/api/docs/guides/futures-rest
 *
 * @example
 * import { KrakenNotFoundError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenNotFoundError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenNotFoundError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenNotFoundError',
    code: 'notFound',
    category: 'exchange',
    retryable: false,
  }
}
