import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The asset pair is unknown.
 *
 * Default for Kraken's `EQuery:Unknown asset pair`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `validation`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenUnknownAssetPairError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenUnknownAssetPairError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenUnknownAssetPairError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenUnknownAssetPairError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenUnknownAssetPairError',
    code: 'EQuery:Unknown asset pair',
    category: 'validation',
    retryable: false,
  }
}
