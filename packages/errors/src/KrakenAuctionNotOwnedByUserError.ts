import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The auction is owned by someone else.
 *
 * Default for Kraken's `EGeneral:Invalid User:auction owned by someone else`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenAuctionNotOwnedByUserError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenAuctionNotOwnedByUserError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenAuctionNotOwnedByUserError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenAuctionNotOwnedByUserError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenAuctionNotOwnedByUserError',
    code: 'EGeneral:Invalid User:auction owned by someone else',
    category: 'exchange',
    retryable: false,
  }
}
