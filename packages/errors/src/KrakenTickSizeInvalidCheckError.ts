import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * Price submitted is not a valid multiple of the pair's tick_size.
 *
 * Default for Kraken's `EOrder:Tick size check failed`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenTickSizeInvalidCheckError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenTickSizeInvalidCheckError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenTickSizeInvalidCheckError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenTickSizeInvalidCheckError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenTickSizeInvalidCheckError',
    code: 'EOrder:Tick size check failed',
    category: 'validation',
    retryable: false,
  }
}
