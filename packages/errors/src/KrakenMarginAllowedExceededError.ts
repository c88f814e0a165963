import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * User has exceeded their margin allowance.
 *
 * Default for Kraken's `EOrder:Margin allowance exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenMarginAllowedExceededError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenMarginAllowedExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenMarginAllowedExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenMarginAllowedExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenMarginAllowedExceededError',
    code: 'EOrder:Margin allowance exceeded',
    category: 'exchange',
    retryable: false,
  }
}
