/** Reconnect timing: `minDelayMs + random() × min(maxDelayMs, baseDelayMs × (2^attempt − 1))`. */
export type BackoffOptions = { minDelayMs: number; baseDelayMs: number; maxDelayMs: number }

/**
 * Jittered exponential backoff, the same shape as python-kraken-sdk's
 * `round(random() * min(180, 2**attempt - 1) + 1)` seconds, in milliseconds and configurable.
 */
export function _backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * (2 ** Math.min(attempt, 30) - 1))
  return Math.round(options.minDelayMs + random() * ceiling)
}
