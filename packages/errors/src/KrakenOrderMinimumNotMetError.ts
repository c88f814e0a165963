import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Order size does not meet ordermin.
 *
 * Default for Kraken's `EOrder:Order minimum not met`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenOrderMinimumNotMetError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenOrderMinimumNotMetError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenOrderMinimumNotMetError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenOrderMinimumNotMetError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenOrderMinimumNotMetError',
    code: 'EOrder:Order minimum not met',
    category: 'exchange',
    retryable: false,
  }
}
