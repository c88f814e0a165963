import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The offer was not found.
 *
 * Default for Kraken's `EAPI:Invalid arguments:offer not found`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidArgumentOfferNotFoundError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenInvalidArgumentOfferNotFoundError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidArgumentOfferNotFoundError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidArgumentOfferNotFoundError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidArgumentOfferNotFoundError',
    code: 'EAPI:Invalid arguments:offer not found',
    category: 'validation',
    retryable: false,
  }
}
