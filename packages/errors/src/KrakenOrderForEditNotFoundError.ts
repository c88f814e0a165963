import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The order for edit could not be found.
 *
 * Default for Kraken's `orderForEditNotFound`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenOrderForEditNotFoundError`.
 * Docs: https://docs.kraken.com/api/docs/futures-api/trading/edit-order-spring
 *
 * @example
 * import { KrakenOrderForEditNotFoundError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenOrderForEditNotFoundError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenOrderForEditNotFoundError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenOrderForEditNotFoundError',
    code: 'orderForEditNotFound',
    category: 'exchange',
    retryable: false,
  }
}
