import { KrakenError } from '@k/errors'
import type { TradingCostKind } from './endpoints.js'

/** Kraken verification tier; decides the caps of both counters. */
export type SpotTier = 'starter' | 'intermediate' | 'pro'

/**
 * Kraken's published limits (docs.kraken.com/api/docs/guides/spot-rest-ratelimits and spot-ratelimits).
 * `rest`: per API key, +1 per call (+2 ledger/trade history), decays per second.
 * `trading`: per pair, shared by REST, WS and FIX; Starter 60/1.0 (official Rust SDK `Tier::Starter`).
 */
export const SPOT_RATE_LIMITS: Readonly<
  Record<SpotTier, { readonly rest: { max: number; decay: number }; readonly trading: { max: number; decay: number } }>
> = {
  starter: { rest: { max: 15, decay: 0.33 }, trading: { max: 60, decay: 1 } },
  intermediate: { rest: { max: 20, decay: 0.5 }, trading: { max: 125, decay: 2.34 } },
  pro: { rest: { max: 20, decay: 1 }, trading: { max: 180, decay: 3.75 } },
}

/** Age thresholds (seconds) of the penalty table and the penalty per row (kraken-facts §2). */
const AGE_LIMITS = [5, 10, 15, 45, 90, 300] as const
const PENALTY: Record<'amend' | 'edit' | 'cancel', readonly number[]> = {
  amend: [3, 2, 1, 0, 0, 0],
  edit: [6, 5, 4, 2, 1, 0],
  cancel: [8, 6, 5, 4, 2, 1],
}

/** Trading-counter points of one call, given the age (ms) of each order it touches (unknown age → worst case). */
export function tradingCost(kind: TradingCostKind, ages: readonly (number | undefined)[], batchSize = 1): number {
  if (kind === 'add') return 1
  if (kind === 'batchAdd') return batchSize / 2
  const row = PENALTY[kind === 'batchCancel' ? 'cancel' : kind]
  const fixed = kind === 'edit' || kind === 'amend' ? 1 : 0
  let total = 0
  for (const age of ages) {
    const seconds = (age ?? 0) / 1000
    const index = AGE_LIMITS.findIndex((limit) => seconds < limit)
    total += fixed + (index === -1 ? 0 : (row[index] ?? 0))
  }
  return total
}

type Bucket = { level: number; at: number }

/** What a caller of {@link SpotRateLimiter.acquire} is told before it waits. */
export type SpotRateLimitWait = { ms: number; counter: 'rest' | 'trading'; pair?: string | undefined }

export type SpotRateLimiterOptions = {
  tier?: SpotTier | undefined
  /** Clock in ms (tests inject one). Default `Date.now`. */
  now?: (() => number) | undefined
  /** How to wait (tests inject one). Default a timer that honours the signal. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined
}

/**
 * Client-side mirror of Kraken's two counters. `acquire` reserves the cost at once (so concurrent callers queue in
 * order) and waits until the counter has decayed below the cap: it waits instead of letting Kraken answer
 * `EAPI:Rate limit exceeded`. `snap` sets a counter to its cap when Kraken still answers a rate-limit error (another
 * program on the same key, a WS session on the same pair).
 *
 * @example
 * const limiter = new SpotRateLimiter({ tier: 'pro' })
 * await limiter.acquire({ rest: 1 })
 */
export class SpotRateLimiter {
  readonly tier: SpotTier
  readonly #now: () => number
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly #rest: Bucket = { level: 0, at: 0 }
  readonly #pairs = new Map<string, Bucket>()

  constructor(options: SpotRateLimiterOptions = {}) {
    this.tier = options.tier ?? 'starter'
    if (!SPOT_RATE_LIMITS[this.tier]) throw new TypeError(`Unknown tier: ${String(this.tier)}`)
    this.#now = options.now ?? Date.now
    this.#sleep = options.sleep ?? sleep
  }

  /** Current REST counter (decayed to now). */
  restLevel(): number {
    return this.#decay(this.#rest, SPOT_RATE_LIMITS[this.tier].rest.decay)
  }

  /** Current trading counter of a pair (decayed to now). */
  tradingLevel(pair: string): number {
    const bucket = this.#pairs.get(normalizePair(pair))
    return bucket ? this.#decay(bucket, SPOT_RATE_LIMITS[this.tier].trading.decay) : 0
  }

  /**
   * Reserves `rest` points on the key's counter or `trading` points on a pair's counter and resolves when the call
   * may go. `onWait` hears about every wait first. An aborted `signal` gives the points back and rejects.
   */
  async acquire(
    cost: { rest?: number; trading?: number; pair?: string | undefined },
    onWait?: (wait: SpotRateLimitWait) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    const limits = SPOT_RATE_LIMITS[this.tier]
    let bucket: Bucket
    let points: number
    let limit: { max: number; decay: number }
    let wait: SpotRateLimitWait
    if (cost.trading !== undefined && cost.pair !== undefined) {
      const pair = normalizePair(cost.pair)
      bucket = this.#pairs.get(pair) ?? { level: 0, at: this.#now() }
      this.#pairs.set(pair, bucket)
      points = cost.trading
      limit = limits.trading
      wait = { ms: 0, counter: 'trading', pair: cost.pair }
    } else {
      bucket = this.#rest
      points = cost.rest ?? 0
      limit = limits.rest
      wait = { ms: 0, counter: 'rest' }
    }
    if (points <= 0) return
    const level = this.#decay(bucket, limit.decay) + points
    bucket.level = level
    const ms = level > limit.max ? Math.ceil(((level - limit.max) / limit.decay) * 1000) : 0
    if (ms === 0) return
    onWait?.({ ...wait, ms })
    try {
      await this.#sleep(ms, signal)
    } catch (error) {
      this.#decay(bucket, limit.decay)
      bucket.level = Math.max(0, bucket.level - points)
      throw error
    }
  }

  /** Kraken still said "rate limit exceeded": assume the counter is full now. */
  snap(counter: 'rest' | 'trading', pair?: string): void {
    const limits = SPOT_RATE_LIMITS[this.tier]
    if (counter === 'rest') {
      this.#rest.level = Math.max(this.restLevel(), limits.rest.max)
      this.#rest.at = this.#now()
      return
    }
    if (pair === undefined) return
    const level = Math.max(this.tradingLevel(pair), limits.trading.max)
    this.#pairs.set(normalizePair(pair), { level, at: this.#now() })
  }

  #decay(bucket: Bucket, decay: number): number {
    const now = this.#now()
    bucket.level = Math.max(0, bucket.level - ((now - bucket.at) / 1000) * decay)
    bucket.at = now
    return bucket.level
  }
}

// `XBT/USD`, `xbtusd` and `XBTUSD` share one counter (Kraken's altname spellings of one pair).
function normalizePair(pair: string): string {
  return pair.replace('/', '').toUpperCase()
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal))
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortError(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function abortError(signal: AbortSignal | undefined): KrakenError {
  return new KrakenError('The call was aborted while it waited for the rate limiter; nothing was sent.', {
    code: 'EAbort',
    category: 'client',
    retryable: true,
    details: { sent: 'no' },
    cause: signal?.reason,
  })
}
