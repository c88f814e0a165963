import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The asset is unknown.
 *
 * Default for Kraken's `EQuery:Unknown asset`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownAssetError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenUnknownAssetError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownAssetError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownAssetError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownAssetError',
    code: 'EQuery:Unknown asset',
    category: 'validation',
    retryable: false,
  }
}
