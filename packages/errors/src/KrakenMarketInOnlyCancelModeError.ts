import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Request can't be made at this time. Please check system status.
 *
 * Default for Kraken's `EService:Market in cancel_only mode`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenMarketInOnlyCancelModeError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenMarketInOnlyCancelModeError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenMarketInOnlyCancelModeError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenMarketInOnlyCancelModeError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenMarketInOnlyCancelModeError',
    code: 'EService:Market in cancel_only mode',
    category: 'exchange',
    retryable: true,
  }
}
