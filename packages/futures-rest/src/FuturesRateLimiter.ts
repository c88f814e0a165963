/** One wait the limiter imposed (reported through `onRateLimitWait`). */
export type FuturesRateLimitWait = { pool: 'derivatives' | 'history'; cost: number; ms: number }

export type FuturesRateLimiterOptions = {
  /** Clock (ms); tests inject a fake one. */
  now?: () => number
  /** Sleeper; tests inject one that advances the fake clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

const POOLS = {
  // `/derivatives` endpoints: 500 cost units per 10 s per key.
  derivatives: { capacity: 500, refillPerMs: 500 / 10_000 },
  // `/history` endpoints: a pool of 100 tokens refilling 100 per 10 min.
  history: { capacity: 100, refillPerMs: 100 / 600_000 },
} as const

// Kraken charges when the request arrives, the client when it leaves: a small margin absorbs latency jitter so the
// server's bucket has refilled too when the call lands.
const SAFETY_MS = 250

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}

/**
 * Client-side limiter for Kraken Futures REST: the `/derivatives` cost budget (500 per 10 s; sendorder 10,
 * batchorder 9 + n, …) and the history pool (100 per 10 min). It WAITS until the cost fits instead of failing, so
 * the server never answers `apiLimitExceeded` for calls from one client. Calls are served in order.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/futures-rate-limits
 * - Python: none (python-kraken-sdk has no client-side limiter)
 *
 * @example
 * import { FuturesRateLimiter } from '@k/futures-rest'
 * const limiter = new FuturesRateLimiter()
 * await limiter.acquire('derivatives', 10) // resolves at once while the budget lasts
 */
export class FuturesRateLimiter {
  readonly #now: () => number
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly #buckets = { derivatives: { tokens: 500, at: 0 }, history: { tokens: 100, at: 0 } }
  #queue: Promise<void> = Promise.resolve()

  constructor(options: FuturesRateLimiterOptions = {}) {
    this.#now = options.now ?? Date.now
    this.#sleep = options.sleep ?? defaultSleep
    const now = this.#now()
    this.#buckets.derivatives.at = now
    this.#buckets.history.at = now
  }

  /** Tokens available now in a pool. */
  available(pool: 'derivatives' | 'history'): number {
    this.#refill(pool)
    return this.#buckets[pool].tokens
  }

  /** Waits (FIFO) until `cost` fits in the pool, then spends it. A cost above the capacity waits for a full pool. */
  acquire(
    pool: 'derivatives' | 'history',
    cost: number,
    onWait?: (wait: FuturesRateLimitWait) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    const run = this.#queue.then(() => this.#take(pool, Math.min(cost, POOLS[pool].capacity), onWait, signal))
    this.#queue = run.catch(() => undefined)
    return run
  }

  async #take(
    pool: 'derivatives' | 'history',
    cost: number,
    onWait?: (wait: FuturesRateLimitWait) => void,
    signal?: AbortSignal,
  ) {
    for (let attempt = 0; attempt < 1000; attempt++) {
      this.#refill(pool)
      const bucket = this.#buckets[pool]
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost
        return
      }
      const ms = Math.ceil((cost - bucket.tokens) / POOLS[pool].refillPerMs) + SAFETY_MS
      onWait?.({ pool, cost, ms })
      await this.#sleep(ms, signal)
    }
  }

  #refill(pool: 'derivatives' | 'history') {
    const bucket = this.#buckets[pool]
    const now = this.#now()
    bucket.tokens = Math.min(
      POOLS[pool].capacity,
      bucket.tokens + Math.max(0, now - bucket.at) * POOLS[pool].refillPerMs,
    )
    bucket.at = now
  }
}
