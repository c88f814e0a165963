import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * To many addresses specified.
 *
 * Default for Kraken's `EFunding:Too many addresses`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `exchange`, not retryable.
 *
 * Python: `kraken.exceptions.KrakenToManyAddressesError`.
 * Docs: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 *
 * @example
 * import { KrakenToManyAddressesError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenToManyAddressesError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenToManyAddressesError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenToManyAddressesError',
    code: 'EFunding:Too many addresses',
    category: 'exchange',
    retryable: false,
  }
}
