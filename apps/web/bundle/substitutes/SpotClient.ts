import {
  KrakenError,
  KrakenNetworkError,
  KrakenTimeoutError,
  toKrakenError,
} from '../../../../packages/errors/src/index.js'
import type { SpotClientOptions, SpotRequestOptions } from '../../../../packages/spot-rest/src/types.js'

/** Kraken's production Spot REST base URL. */
export const SPOT_REST_URL = 'https://api.kraken.com'

/**
 * The browser bundle's stand-in for `@k/spot-rest`'s `SpotClient` (swapped in by `browserBundlePlugin`): public
 * endpoints only, on the browser's own `fetch` — no ky, no signing, no rate limiter, no endpoint table. The real
 * actions (`getTicker`, `getOhlc`, …) and the real `Market` class run on top of it unchanged: they validate their
 * parameters with valibot and call `request()`. Kraken's error strings become `KrakenError`s through `toKrakenError`,
 * like in Node.
 *
 * Private endpoints (`/0/private/*`) throw a `KrakenError` (`category: 'client'`) without sending anything: an API
 * secret has no place in a page.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/spot-rest-intro
 * - Python: `kraken.base_api.SpotClient` (public part)
 *
 * @example
 * import { Market } from './bundle/index.js'
 * const market = new Market({ baseUrl: 'https://api.kraken.com' })
 * const ticker = await market.getTicker({ pair: 'XBTUSD' })
 */
export class SpotClient {
  /** REST base URL without trailing slash. */
  readonly baseUrl: string
  /** Default request timeout (ms). */
  readonly timeout: number
  /** Always `undefined`: Kraken's public endpoints are limited per IP, not per key (no client-side limiter here). */
  readonly rateLimiter: undefined = undefined
  readonly #fetch: typeof fetch
  readonly #retries: number

  constructor(options: SpotClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? SPOT_REST_URL).replace(/\/+$/, '')
    this.timeout = options.timeout ?? 10_000
    this.#retries = options.retries ?? 2
    // `fetch` must be called with `this === globalThis` in browsers ("Illegal invocation" otherwise).
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  }

  /** Always false: the browser bundle has no private endpoints. */
  get hasCredentials(): boolean {
    return false
  }

  /**
   * Calls a public Spot REST endpoint and resolves with Kraken's `result`. Repeats a GET answered with HTTP 5xx or
   * `EService:Unavailable`/`Busy` up to `retries` times (0.3 s, 0.6 s, …), like the Node client.
   */
  async request<T = unknown>(
    method: string,
    path: string,
    parameters: Record<string, unknown> = {},
    options: SpotRequestOptions = {},
  ): Promise<T> {
    const verb = method.toUpperCase()
    const endpoint = `${verb} ${path}`
    if (options.auth === true || path.startsWith('/0/private/')) {
      throw new KrakenError(`${endpoint} is private; the browser bundle has public market data only.`, {
        code: 'EAPI:Missing credentials',
        category: 'client',
        retryable: false,
        details: { endpoint, sent: 'no' },
      })
    }
    const timeout = options.timeout ?? this.timeout
    const idempotent = verb === 'GET'
    const query = [encodeQuery(parameters), options.query ?? ''].filter((part) => part !== '').join('&')
    const url = `${this.baseUrl}${path}${query === '' ? '' : `?${query}`}`
    for (let attempt = 0; ; attempt++) {
      const retry = idempotent && attempt < this.#retries
      let status: number
      let text: string
      try {
        const signal = options.signal
          ? AbortSignal.any([options.signal, AbortSignal.timeout(timeout)])
          : AbortSignal.timeout(timeout)
        const response = await this.#fetch(url, { method: verb, signal })
        status = response.status
        text = await response.text()
      } catch (cause) {
        const timedOut = (cause as Error | undefined)?.name === 'TimeoutError'
        const aborted = options.signal?.aborted === true
        if (!timedOut && !aborted && retry) {
          await pause(attempt)
          continue
        }
        const Class = timedOut ? KrakenTimeoutError : aborted ? KrakenError : KrakenNetworkError
        throw new Class(
          `${endpoint} ${timedOut ? `timed out after ${timeout} ms` : aborted ? 'was aborted' : 'failed'}.`,
          {
            ...(aborted ? { code: 'EAbort', category: 'client' as const } : {}),
            retryable: idempotent && !aborted,
            details: { endpoint, sent: 'maybe' },
            cause,
          },
        )
      }
      let body: { error?: unknown; result?: unknown } | undefined
      try {
        body = JSON.parse(text)
      } catch {}
      const errors = Array.isArray(body?.error) ? body.error.filter((item) => typeof item === 'string') : []
      // Kraken answers `EService:Unavailable`/`EService:Busy` in a 200 body when the engine is briefly unavailable;
      // an HTTP 5xx is a proxy (Cloudflare) page. Both are repeated for GETs, like the Node client.
      if (retry && (status >= 500 || errors.some((error) => /^EService:(Unavailable|Busy)/.test(error)))) {
        await pause(attempt)
        continue
      }
      const details = { endpoint, status, body: body ?? text.slice(0, 2_000), sent: 'yes' as const }
      if (errors.length > 0) throw toKrakenError(errors, details)
      if (status >= 400 || body === undefined) {
        throw new (status >= 500 ? KrakenNetworkError : KrakenError)(
          `${endpoint} answered HTTP ${status}${body === undefined ? ' with a body that is not JSON' : ''}.`,
          { code: body === undefined ? 'EProtocol:Invalid JSON' : `EHttp:${status}`, category: 'protocol', details },
        )
      }
      return body.result as T
    }
  }
}

/** Kraken's query encoding: `undefined` dropped, arrays as repeated keys (lists arrive comma-joined already). */
function encodeQuery(parameters: Record<string, unknown>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(parameters)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item != null) query.append(key, String(item))
  }
  return query.toString()
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 300 * 2 ** attempt))
}
