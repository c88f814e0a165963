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

// `latency`: the slowest round trip of a call counted since the bucket was last empty (send-time view only).
type Bucket = { level: number; at: number; latency: number }

/** What a caller of {@link SpotRateLimiter.acquire} is told before it waits. */
export type SpotRateLimitWait = { ms: number; counter: 'rest' | 'trading'; pair?: string | undefined }

export type SpotRateLimiterOptions = {
  tier?: SpotTier | undefined
  /** Clock in ms (tests inject one). Default `Date.now`. */
  now?: (() => number) | undefined
  /**
   * Extra milliseconds added to every wait. Kraken starts decaying a call when it receives it, a little after this
   * client counted it, so a call released exactly at the cap could still be refused. Default 500 ms
   * (0.17 points of Starter REST decay, 1.9 points of Pro trading decay): it shifts waited calls, not throughput.
   */
  marginMs?: number | undefined
  /** How to wait (tests inject one). Default a timer that honours the signal. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined
}

/** Points one call costs: on the key's REST counter, or on one pair's trading counter. */
export type SpotRateCost = { rest?: number; trading?: number; pair?: string | undefined }

type Model = { rest: Bucket; pairs: Map<string, Bucket> }

/**
 * Client-side mirror of Kraken's two counters; it makes calls wait instead of letting Kraken answer
 * `EAPI:Rate limit exceeded` / `EOrder:Rate limit exceeded`. Two views of each counter:
 * - `acquire` (when a call starts) reserves the cost at once, so concurrent callers queue in order and a caller
 *   hears early how long it will wait;
 * - `dispatch` (right before the bytes go out) counts the call at the moment Kraken will see it. Kraken decays a
 *   call from when it arrives, so calls that queued behind others (signing lane, busy server) are counted from their
 *   real send time, and a last short wait happens here if they would still be over the cap.
 * `snap` sets a counter to its cap when Kraken still answers a rate-limit error (another program on the same key,
 * a WS session on the same pair).
 *
 * @example
 * const limiter = new SpotRateLimiter({ tier: 'pro' })
 * await limiter.acquire({ rest: 1 })
 * await limiter.dispatch({ rest: 1 })
 */
export class SpotRateLimiter {
  readonly tier: SpotTier
  readonly #now: () => number
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly #marginMs: number
  readonly #reserved: Model = { rest: { level: 0, at: 0, latency: 0 }, pairs: new Map() }
  readonly #sent: Model = { rest: { level: 0, at: 0, latency: 0 }, pairs: new Map() }

  constructor(options: SpotRateLimiterOptions = {}) {
    this.tier = options.tier ?? 'starter'
    if (!SPOT_RATE_LIMITS[this.tier]) throw new TypeError(`Unknown tier: ${String(this.tier)}`)
    this.#now = options.now ?? Date.now
    this.#sleep = options.sleep ?? sleep
    this.#marginMs = options.marginMs ?? 500
  }

  /** Current REST counter including reserved calls (decayed to now). */
  restLevel(): number {
    return this.#decay(this.#reserved.rest, SPOT_RATE_LIMITS[this.tier].rest.decay)
  }

  /** Current trading counter of a pair including reserved calls (decayed to now). */
  tradingLevel(pair: string): number {
    const bucket = this.#reserved.pairs.get(normalizePair(pair))
    return bucket ? this.#decay(bucket, SPOT_RATE_LIMITS[this.tier].trading.decay) : 0
  }

  /**
   * Reserves `rest` points on the key's counter or `trading` points on a pair's counter and resolves when the call
   * may go. `onWait` hears about every wait first. An aborted `signal` gives the points back and rejects.
   */
  acquire(cost: SpotRateCost, onWait?: (wait: SpotRateLimitWait) => void, signal?: AbortSignal): Promise<void> {
    return this.#take(this.#reserved, cost, onWait, signal)
  }

  /** Counts the call as sent now, after a last wait if Kraken would still see the counter over its cap. */
  dispatch(cost: SpotRateCost, onWait?: (wait: SpotRateLimitWait) => void, signal?: AbortSignal): Promise<void> {
    return this.#take(this.#sent, cost, onWait, signal)
  }

  /**
   * Reports how long a dispatched call took to come back. Kraken decays a call from when it arrives; a slow call
   * early in a busy period leaves Kraken's counter that much behind this client's, so the counter is treated as
   * fuller by the decay of the slowest round trip seen since it was last empty.
   */
  observe(cost: SpotRateCost, ms: number): void {
    const bucket = this.#bucketOf(this.#sent, cost)
    if (bucket) bucket.latency = Math.min(10_000, Math.max(bucket.latency, ms))
  }

  /** Kraken still said "rate limit exceeded": assume the counter is full now. */
  snap(counter: 'rest' | 'trading', pair?: string): void {
    const limits = SPOT_RATE_LIMITS[this.tier]
    for (const model of [this.#reserved, this.#sent]) {
      if (counter === 'rest') {
        const level = this.#decay(model.rest, limits.rest.decay)
        model.rest.level = Math.max(level, limits.rest.max)
      } else if (pair !== undefined) {
        const bucket = this.#pairBucket(model, pair)
        bucket.level = Math.max(this.#decay(bucket, limits.trading.decay), limits.trading.max)
      }
    }
  }

  async #take(
    model: Model,
    cost: SpotRateCost,
    onWait: ((wait: SpotRateLimitWait) => void) | undefined,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const limits = SPOT_RATE_LIMITS[this.tier]
    const isTrading = cost.trading !== undefined && cost.pair !== undefined
    const points = (isTrading ? cost.trading : cost.rest) ?? 0
    if (points <= 0) return
    const bucket = isTrading ? this.#pairBucket(model, cost.pair as string) : model.rest
    const limit = isTrading ? limits.trading : limits.rest
    const before = this.#decay(bucket, limit.decay)
    if (before === 0) bucket.latency = 0
    const level = before + points
    bucket.level = level
    // Kraken may still hold what this client already decayed: up to one slow round trip's worth of decay.
    const lag = ((this.#bucketOf(this.#sent, cost)?.latency ?? 0) / 1000) * limit.decay
    const over = level + lag - limit.max
    const ms = over > 0 ? Math.ceil((over / limit.decay) * 1000) + this.#marginMs : 0
    if (ms === 0) return
    onWait?.(isTrading ? { ms, counter: 'trading', pair: cost.pair } : { ms, counter: 'rest' })
    try {
      await this.#sleep(ms, signal)
    } catch (error) {
      this.#decay(bucket, limit.decay)
      bucket.level = Math.max(0, bucket.level - points)
      throw error
    }
  }

  #bucketOf(model: Model, cost: SpotRateCost): Bucket | undefined {
    if (cost.trading !== undefined && cost.pair !== undefined) return model.pairs.get(normalizePair(cost.pair))
    return (cost.rest ?? 0) > 0 ? model.rest : undefined
  }

  #pairBucket(model: Model, pair: string): Bucket {
    const name = normalizePair(pair)
    let bucket = model.pairs.get(name)
    if (!bucket) {
      bucket = { level: 0, at: this.#now(), latency: 0 }
      model.pairs.set(name, bucket)
    }
    return bucket
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
