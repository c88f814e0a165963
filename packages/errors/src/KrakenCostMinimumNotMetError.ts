import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Cost (price * volume) does not meet costmin.
 *
 * Default for Kraken's `EOrder:Cost minimum not met`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenCostMinimumNotMetError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenCostMinimumNotMetError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenCostMinimumNotMetError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenCostMinimumNotMetError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenCostMinimumNotMetError',
    code: 'EOrder:Cost minimum not met',
    category: 'exchange',
    retryable: false,
  }
}
