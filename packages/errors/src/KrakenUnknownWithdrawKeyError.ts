import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The requested withdrawal key is unknown.
 *
 * Default for Kraken's `EFunding:Unknown withdraw key`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownWithdrawKeyError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 *
 * @example
 * import { KrakenUnknownWithdrawKeyError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownWithdrawKeyError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownWithdrawKeyError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownWithdrawKeyError',
    code: 'EFunding:Unknown withdraw key',
    category: 'validation',
    retryable: false,
  }
}
