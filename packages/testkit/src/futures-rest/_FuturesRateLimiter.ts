/**
 * Kraken Futures REST limits per key: the `/derivatives` budget of 500 cost units refilling over 10 s, and the
 * history pool of 100 tokens refilling 100 per 10 min (docs.kraken.com/api/docs/guides/futures-rate-limits).
 */
export class _FuturesRateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>()
  static readonly POOLS = {
    derivatives: { capacity: 500, refillPerMs: 500 / 10_000 },
    history: { capacity: 100, refillPerMs: 100 / 600_000 },
  } as const

  /** Takes `cost` tokens; returns seconds until it would succeed when the pool is short (0 = taken). */
  take(key: string, pool: keyof typeof _FuturesRateLimiter.POOLS, cost: number, now = Date.now()): number {
    const { capacity, refillPerMs } = _FuturesRateLimiter.POOLS[pool]
    const id = `${pool} ${key}`
    const bucket = this.#buckets.get(id) ?? { tokens: capacity, at: now }
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * refillPerMs)
    bucket.at = now
    this.#buckets.set(id, bucket)
    if (bucket.tokens < cost) return Math.max(1, Math.ceil((cost - bucket.tokens) / refillPerMs / 1000))
    bucket.tokens -= cost
    return 0
  }
}
