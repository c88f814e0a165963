import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * API rate limit exceeded. Please check your rate limits.
 *
 * Default for Kraken's `EAPI:Rate limit exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `rate_limit`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenApiLimitExceededError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits
 *
 * @example
 * import { KrakenApiLimitExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenApiLimitExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenApiLimitExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenApiLimitExceededError',
    code: 'EAPI:Rate limit exceeded',
    category: 'rate_limit',
    retryable: true,
  }
}
