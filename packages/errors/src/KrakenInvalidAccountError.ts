import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The account is invalid.
 *
 * Default for Kraken's `invalidAccount`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenInvalidAccountError`.
 * Docs: https://docs.kraken.com/api/docs/futures-api/trading/transfer
 *
 * @example
 * import { KrakenInvalidAccountError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenInvalidAccountError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenInvalidAccountError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenInvalidAccountError',
    code: 'invalidAccount',
    category: 'validation',
    retryable: false,
  }
}
