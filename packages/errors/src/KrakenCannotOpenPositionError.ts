import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * User/tier is ineligible for margin trading.
 *
 * Default for Kraken's `EOrder:Cannot open position`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenCannotOpenPositionError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenCannotOpenPositionError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenCannotOpenPositionError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenCannotOpenPositionError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenCannotOpenPositionError',
    code: 'EOrder:Cannot open position',
    category: 'exchange',
    retryable: false,
  }
}
