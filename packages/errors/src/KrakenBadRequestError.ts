import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The request payload is malformed, incorrect or ambiguous.
 *
 * Default for Kraken's `EAPI:Bad request`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenBadRequestError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenBadRequestError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenBadRequestError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenBadRequestError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenBadRequestError',
    code: 'EAPI:Bad request',
    category: 'validation',
    retryable: false,
  }
}
