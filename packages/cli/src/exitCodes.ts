import type { KrakenErrorCategory } from '@k/errors'

/**
 * The process exit codes of `kraken`, one per kind of failure, so scripts can branch without parsing text.
 * Also listed in `kraken --help` and `packages/cli/error-catalog.json`.
 *
 * @example
 * kraken balance || [ $? -eq 3 ] && echo "check your API key"
 */
export const EXIT_CODES = {
  ok: 0,
  /** Kraken answered with an error (exchange, rate limit, client state). */
  api: 1,
  /** Bad flags, bad JSON, invalid parameters (before anything was sent), or Kraken's `EGeneral:Invalid arguments`. */
  usage: 2,
  /** Missing or rejected credentials, permission denied, invalid nonce. */
  auth: 3,
  /** Connection refused, DNS, TLS, timeout. */
  network: 4,
  /** Malformed response, order book checksum mismatch, unexpected message shape. */
  protocol: 5,
  /** Ctrl-C (or SIGTERM) while a request was in flight (128 + SIGINT); streams and the live book exit 0 instead. */
  interrupted: 130,
} as const

const BY_CATEGORY: Record<KrakenErrorCategory, number> = {
  validation: EXIT_CODES.usage,
  auth: EXIT_CODES.auth,
  rate_limit: EXIT_CODES.api,
  exchange: EXIT_CODES.api,
  network: EXIT_CODES.network,
  protocol: EXIT_CODES.protocol,
  client: EXIT_CODES.api,
}

/** The exit code for an error category (`validation` → 2, `auth` → 3, …). */
export function exitCodeFor(category: KrakenErrorCategory | 'usage'): number {
  return category === 'usage' ? EXIT_CODES.usage : (BY_CATEGORY[category] ?? EXIT_CODES.api)
}
