import type { FuturesRateLimitWait } from './FuturesRateLimiter.js'
import type { FormValue } from './internal/_encodeForm.js'

/** Options of {@link FuturesClient} (and of every namespace constructor). */
export type FuturesClientOptions = {
  /** Futures API key (futures.kraken.com keys; Spot keys are rejected with `authenticationError`). */
  key?: string
  /** Futures API secret (base64). Kept in a private field, never serialised. */
  secret?: string
  /** REST base URL. Default `https://futures.kraken.com`; point it at kraken-sim (`sim.futuresUrl`) in tests. */
  baseUrl?: string
  /**
   * python-kraken-sdk's `sandbox`: use https://demo-futures.kraken.com. Kraken retired the demo environment in 2026,
   * so this only exists for parity; use kraken-sim instead.
   */
  sandbox?: boolean
  /** Default request timeout in ms (10 000). */
  timeout?: number
  /**
   * Nonce generator (default `createNonce()` from @k/signing, milliseconds). Share ONE generator between all clients
   * of one key: signed calls go out one at a time through the generator's signing lane, which every client using the
   * same generator shares, so nonces reach Kraken in increasing order.
   */
  nonce?: () => string
  /** Client-side rate limiter (default on: waits instead of failing). `false` turns it off. */
  rateLimit?: boolean
  /** Called whenever the limiter makes a call wait. */
  onRateLimitWait?: (wait: FuturesRateLimitWait & { endpoint: string }) => void
  /** Custom fetch (tests, proxies). */
  fetch?: typeof fetch
  userAgent?: string
}

/** SDK options of one call (the second argument of every action). */
export type FuturesRequestOptions = {
  signal?: AbortSignal
  /** Per-call timeout in ms. */
  timeout?: number
  /** Override the endpoint table: send APIKey/Nonce/Authent. */
  auth?: boolean
  /** Resolve with the body text instead of parsed JSON (CSV endpoints). */
  raw?: boolean
  /**
   * Extra wire parameters (python-kraken-sdk's `extra_params`). They land where they are signed: in the query for
   * GET/DELETE/PUT, in the form body for POST (python signs but never sends them on GET; @k sends what it signs).
   */
  extra?: Readonly<Record<string, FormValue>>
}

/** The parameter parts of {@link FuturesClient.request}. */
export type FuturesRequestParameters = {
  /** Query string parameters (arrays = repeated keys). */
  query?: Readonly<Record<string, FormValue>>
  /** Form body parameters. On PUT they travel in the query (Kraken reads PUT parameters from the query). */
  body?: Readonly<Record<string, FormValue>>
  /** A JSON body (RFQ offers): an object (serialised with JSON.stringify) or the JSON text itself. */
  json?: unknown
}
