import type { SpotTier } from './SpotRateLimiter.js'

/** What the rate limiter reports before it makes a call wait. */
export type RateLimitWaitEvent = {
  /** How long the call will wait, in milliseconds. */
  readonly ms: number
  /** `'rest'` = the per-key REST call counter; `'trading'` = the per-pair trading-engine counter. */
  readonly counter: 'rest' | 'trading'
  /** The pair whose trading counter is full (trading counter only). */
  readonly pair?: string | undefined
  /** `'POST /0/private/Balance'`. */
  readonly endpoint: string
}

/** Options of {@link SpotClient} / `createSpotClient`. Every key is optional. */
export type SpotClientOptions = {
  /** REST base URL. Default `https://api.kraken.com` (point it at kraken-sim's `url` in tests). */
  readonly baseUrl?: string | undefined
  /** API key (only needed for private endpoints). Kept in a private field; never printed or serialised. */
  readonly key?: string | undefined
  /** API secret, base64 as Kraken shows it. Kept in a private field; never printed or serialised. */
  readonly secret?: string | undefined
  /**
   * Nonce generator. Default: one `createNonce()` (ms) per client. Share ONE generator between all clients of one key:
   * the signing lane belongs to the generator, so every client given the same function queues its signed calls in
   * one lane and the nonces reach Kraken in increasing order.
   */
  readonly nonce?: (() => string) | undefined
  /** Request timeout in milliseconds. Default 10 000 (python-kraken-sdk's 10 s). */
  readonly timeout?: number | undefined
  /** Your Kraken verification tier; sets the rate limiter's caps. Default `'starter'` (the most conservative). */
  readonly tier?: SpotTier | undefined
  /** `false` turns the client-side rate limiter off. Default on. */
  readonly rateLimit?: boolean | undefined
  /** Called before the rate limiter makes a call wait (how long, which counter). */
  readonly onRateLimitWait?: ((event: RateLimitWaitEvent) => void) | undefined
  /** A `fetch` implementation (e.g. an instrumented one). Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch | undefined
  /** `User-Agent` header (Node only; browsers ignore it). Default `@k/spot-rest@<version>`. */
  readonly userAgent?: string | undefined
  /**
   * How many signed requests may be in flight at once. Default 1: Kraken rejects a nonce that is not greater than
   * the last one it saw, and parallel requests can arrive out of order, so private calls are sent one after another
   * (public calls are never queued). Raise it only for a key with a nonce window set on kraken.com.
   *
   * The limit belongs to the signing lane of the nonce generator: clients sharing a `nonce` function share one lane,
   * and the FIRST client created with that generator sets its limit (later clients' `privateConcurrency` is ignored).
   */
  readonly privateConcurrency?: number | undefined
  /** Automatic retries of idempotent public GETs (HTTP 5xx, `EService:Unavailable`/`Busy`). Default 2. */
  readonly retries?: number | undefined
}

/** Per-call SDK options: the second argument of every action and method (never mixed into Kraken's parameters). */
export type RequestOptions = {
  /** Overrides the client's timeout for this call (milliseconds). */
  readonly timeout?: number | undefined
  /** Gives up the call: while waiting for the rate limiter, or in flight. Rejects with a `KrakenError`. */
  readonly signal?: AbortSignal | undefined
}

/** Options of the generic {@link SpotClient.request}. Defaults come from the endpoint table when the route is known. */
export type SpotRequestOptions = RequestOptions & {
  /** Sign the request. Default: true for `/0/private/*`. */
  readonly auth?: boolean | undefined
  /** Send a JSON body (signed exactly as sent) instead of a form body. */
  readonly json?: boolean | undefined
  /** Return the response body as bytes (`Uint8Array`) instead of parsing `result` (export downloads). */
  readonly raw?: boolean | undefined
  /** Raw query text appended to the URL as is (python-kraken-sdk's `query_str`). */
  readonly query?: string | undefined
}
