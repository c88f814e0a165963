import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * To many reconnect tries.
 *
 * Raised by @k itself (code `EMaxReconnect`), never mapped from a Kraken response.
 * Category `client`, not retryable.
 *
 * Python: `kraken.exceptions.MaxReconnectError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-ws-intro
 *
 * @example
 * import { KrakenMaxReconnectError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenMaxReconnectError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenMaxReconnectError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenMaxReconnectError',
    code: 'EMaxReconnect',
    category: 'client',
    retryable: false,
  }
}
