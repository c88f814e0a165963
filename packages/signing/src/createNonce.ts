/** Scale of the numbers a nonce generator hands out. */
export type NonceScale = 'ms' | 'us' | 'ns'

export type CreateNonceOptions = {
  /**
   * Unit of the nonce. Default `'ms'`: milliseconds since the epoch, the scale Kraken's docs recommend and the one
   * ccxt and most tools use. Kraken rejects any nonce below the highest one a key has seen, so a key once used with a
   * larger scale (python-kraken-sdk's 10 ns units, Kraken's CLI's ns) rejects a smaller scale forever: pick `'ns'`
   * only for a key that has never been used by a millisecond tool, and never go back.
   */
  readonly scale?: NonceScale
  /** A custom time source returning the current value in the chosen unit (for tests or a shared clock). */
  readonly now?: () => bigint
}

const MULTIPLIER: Record<NonceScale, bigint> = { ms: 1n, us: 1_000n, ns: 1_000_000n }

/**
 * Creates a nonce generator: every call returns a decimal string strictly greater than the previous one, even for
 * many calls within one millisecond and when the wall clock steps backwards (the generator keeps an atomic floor and
 * counts up from it). Share one generator between all clients that use one API key.
 *
 * @example
 * import { createNonce } from '@k/signing'
 * const nonce = createNonce()
 * nonce() // '1732300000000'
 */
/* @__NO_SIDE_EFFECTS__ */
export function createNonce(options: CreateNonceOptions = {}): () => string {
  const scale = options.scale ?? 'ms'
  const multiplier = MULTIPLIER[scale]
  if (multiplier === undefined) throw new TypeError(`Unknown nonce scale: ${String(scale)}`)
  const now = options.now ?? (() => BigInt(Date.now()) * multiplier)
  let last = 0n
  return () => {
    const current = now()
    // Never go below the last value handed out: a clock step backwards or a burst within one tick counts up instead.
    last = current > last ? current : last + 1n
    return last.toString()
  }
}
