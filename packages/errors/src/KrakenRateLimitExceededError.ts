import { KrakenError, type KrakenErrorDefaults } from './KrakenError.js'

/**
 * API rate limit exceeded. Please check your rate limits.
 *
 * Default for Kraken's `EOrder:Rate limit exceeded`; `toKrakenError` also maps related strings here (see `errorTable`).
 * Category `rate_limit`, retryable (the same call may be repeated later).
 *
 * Python: `kraken.exceptions.KrakenRateLimitExceededError`.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-ratelimits
 *
 * @example
 * import { KrakenRateLimitExceededError } from '@k/errors'
 * try {
 *   await run()
 * } catch (error) {
 *   if (KrakenRateLimitExceededError.isInstance(error)) console.error(error.code, error.details)
 * }
 */
export class KrakenRateLimitExceededError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenRateLimitExceededError',
    code: 'EOrder:Rate limit exceeded',
    category: 'rate_limit',
    retryable: true,
  }
}
