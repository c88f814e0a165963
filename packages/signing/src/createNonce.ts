import { KrakenValidationError } from '@k/errors'

/** Unit of the numbers a nonce generator hands out: milliseconds, microseconds or nanoseconds since the epoch. */
export type NonceScale = 'ms' | 'us' | 'ns'

export type CreateNonceOptions = {
  /**
   * Unit of the nonce. Default `'ms'`: milliseconds since the epoch, the scale Kraken's docs suggest and the one
   * ccxt and most tools use. Kraken rejects any nonce below the highest one a key has seen, so a key once used with a
   * larger scale (python-kraken-sdk's 10-ns units, Kraken's CLI's ns) rejects smaller scales for good: choose `'ns'`
   * for such a key, and never go back to `'ms'`.
   */
  readonly scale?: NonceScale
  /**
   * A custom source of the current value in the chosen unit (a frozen clock in tests, or a nonce shared across
   * processes). The generator still guarantees strictly increasing output on top of it.
   */
  readonly now?: () => bigint | number
}

const PER_MS: Record<NonceScale, bigint> = { ms: 1n, us: 1_000n, ns: 1_000_000n }

// Process-wide floor per scale for generators on the real clock, so two clients that each call createNonce() for
// the same key in one process still never hand out the same value (Kraken: "use a counter with a mutex").
const floors: Record<NonceScale, bigint> = { ms: 0n, us: 0n, ns: 0n }

/**
 * Creates a nonce generator: every call returns a decimal string strictly greater than the previous one, also for
 * many calls within one clock tick and when the wall clock steps backwards (it keeps a floor and counts up from it).
 * Generators on the real clock share one process-wide floor per scale; a generator with a custom `now` keeps its
 * own. Nonces are per API key on Kraken's side, so share one generator between every client using one key.
 *
 * Default scale: milliseconds. Why: Kraken rejects a nonce below the highest it has seen for the key. A key that
 * python-kraken-sdk (10-ns units, ≈1.7e17) or Kraken's CLI (ns, ≈1.7e18) has used is "poisoned" for smaller scales,
 * and a key used with ns can never return to ms. Pick the scale once per key; `scale: 'ns'` keeps such keys working.
 *
 * Python: `kraken.base_api` nonce = `str(int(time.time() * 100_000_000))` (not monotonic under clock steps).
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth (nonce)
 *
 * @example
 * import { createNonce } from '@k/signing'
 * const nonce = createNonce() // or createNonce({ scale: 'ns' }) for a key python-kraken-sdk has used
 * nonce() // '1732300000000'
 * nonce() // '1732300000001' when called again within the same millisecond
 */
/* @__NO_SIDE_EFFECTS__ */
export function createNonce(options: CreateNonceOptions = {}): () => string {
  const scale = options.scale ?? 'ms'
  const multiplier = Object.hasOwn(PER_MS, scale) ? PER_MS[scale] : undefined
  if (multiplier === undefined) {
    throw new KrakenValidationError("Invalid scale: expected 'ms', 'us' or 'ns'.", { field: 'scale' })
  }
  const custom = options.now
  if (custom !== undefined && typeof custom !== 'function') {
    throw new KrakenValidationError('Invalid now: expected a function returning a bigint or an integer.', {
      field: 'now',
    })
  }
  if (custom === undefined) {
    return () => {
      const current = BigInt(Date.now()) * multiplier
      const last = floors[scale]
      // Never go below the last value handed out: a clock step backwards or a burst within one tick counts up.
      const next = current > last ? current : last + 1n
      floors[scale] = next
      return next.toString()
    }
  }
  let last = 0n
  return () => {
    const value = custom()
    const current = typeof value === 'bigint' ? value : BigInt(Math.trunc(value))
    last = current > last ? current : last + 1n
    return last.toString()
  }
}
