import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Order is unknown.
 *
 * Default for Kraken's `EOrder:Unknown order`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownOrderError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenUnknownOrderError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownOrderError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownOrderError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownOrderError',
    code: 'EOrder:Unknown order',
    category: 'exchange',
    retryable: false,
  }
}
