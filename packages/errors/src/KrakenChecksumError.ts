import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * The order book checksum did not match Kraken's.
 *
 * Raised by @k itself (code `EChecksum`), never mapped from a Kraken response.
 * Category `protocol`, not retryable.
 *
 * Python: none.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 *
 * @example
 * import { KrakenChecksumError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenChecksumError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenChecksumError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenChecksumError',
    code: 'EChecksum',
    category: 'protocol',
    retryable: false,
  }
}
