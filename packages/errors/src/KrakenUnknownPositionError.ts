import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Position is unknown.
 *
 * Default for Kraken's `EOrder:Unknown position`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownPositionError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenUnknownPositionError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownPositionError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownPositionError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownPositionError',
    code: 'EOrder:Unknown position',
    category: 'exchange',
    retryable: false,
  }
}
