import { KrakenError, KrakenNetworkError, KrakenTimeoutError, toKrakenError } from '@k/errors'
import { createNonce, signFuturesRequest } from '@k/signing'
import { type SigningLane, signingLaneFor } from '@k/signing/lane'
import ky, { HTTPError, type KyInstance, TimeoutError } from 'ky'
import { FuturesRateLimiter } from './FuturesRateLimiter.js'
import { _checkFuturesBody } from './internal/_checkFuturesBody.js'
import { _cost } from './internal/_cost.js'
import { _encodeForm } from './internal/_encodeForm.js'
import { _matchEndpoint } from './internal/_matchEndpoint.js'
import { _redactCause } from './internal/_redactCause.js'
import type { FuturesClientOptions, FuturesRequestOptions, FuturesRequestParameters } from './types.js'

declare const __K_VERSION__: string
const VERSION = typeof __K_VERSION__ === 'string' ? __K_VERSION__ : '@k/futures-rest'

/** Kraken's production Futures REST base URL. */
export const FUTURES_REST_URL = 'https://futures.kraken.com'
/** Kraken's Futures demo URL (python's `sandbox=True`). Kraken retired the demo environment in 2026. */
export const FUTURES_DEMO_URL = 'https://demo-futures.kraken.com'

const FORM = 'application/x-www-form-urlencoded; charset=utf-8'

/**
 * The Futures REST transport: `APIKey`/`Nonce`/`Authent` signing, the rate limiter and ky underneath. `request()`
 * reaches any endpoint; the actions (`getTickers(client)`) and namespaces (`new Market(client)`) are built on it.
 * Credentials live in private fields and never appear in `JSON.stringify`, `util.inspect`, `String` or an error.
 *
 * Order calls (sendorder, batchorder, editorder, cancel…) are never retried; a timeout on them is a
 * `KrakenTimeoutError` with `details.sent: 'maybe'`: look the order up by `cliOrdId` before sending it again.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/futures-rest
 * - Python: `kraken.futures.Market/User/Trade/Funding` (`request`)
 *
 * @example
 * import { FuturesClient } from '@k/futures-rest'
 * const client = new FuturesClient({ key: process.env.KRAKEN_FUTURES_KEY, secret: process.env.KRAKEN_FUTURES_SECRET })
 * const accounts = await client.request('GET', '/derivatives/api/v3/accounts')
 */
export class FuturesClient {
  readonly baseUrl: string
  readonly timeout: number
  /** The client-side limiter, or `undefined` with `rateLimit: false`. */
  readonly rateLimiter: FuturesRateLimiter | undefined
  readonly #key: string
  readonly #secret: string
  readonly #nonce: () => string
  readonly #lane: SigningLane
  readonly #ky: KyInstance
  readonly #onRateLimitWait: FuturesClientOptions['onRateLimitWait']

  constructor(options: FuturesClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? (options.sandbox ? FUTURES_DEMO_URL : FUTURES_REST_URL)).replace(/\/+$/, '')
    this.timeout = options.timeout ?? 10_000
    this.rateLimiter = options.rateLimit === false ? undefined : new FuturesRateLimiter()
    this.#key = options.key ?? ''
    this.#secret = options.secret ?? ''
    this.#nonce = options.nonce ?? createNonce()
    // The signing lane belongs to the nonce generator: clients sharing a generator share its lane (see signingLaneFor).
    this.#lane = signingLaneFor(this.#nonce)
    this.#onRateLimitWait = options.onRateLimitWait
    this.#ky = ky.create({
      headers: { 'User-Agent': options.userAgent ?? VERSION },
      throwHttpErrors: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    })
  }

  /** Whether a key and secret were given (private endpoints need both). */
  get hasCredentials(): boolean {
    return this.#key !== '' && this.#secret !== ''
  }

  /**
   * Calls any Futures REST endpoint and resolves with the parsed JSON answer (or the text for CSV). Auth, cost and
   * retry rules come from the endpoint table for known routes; `options.auth` overrides. GET/DELETE send `query`,
   * PUT sends `body` in the query too (Kraken's rule), POST sends `body` as a form (or `json`).
   *
   * @example
   * const book = await client.request('GET', '/derivatives/api/v3/orderbook', { query: { symbol: 'PF_XBTUSD' } })
   * const sent = await client.request('POST', '/derivatives/api/v3/sendorder', { body: { orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '0.001' } })
   */
  async request<T = unknown>(
    method: string,
    path: string,
    parameters: FuturesRequestParameters = {},
    options: FuturesRequestOptions = {},
  ): Promise<T> {
    const verb = method.toUpperCase()
    const endpoint = `${verb} ${path}`
    const spec = _matchEndpoint(verb, path)
    const auth = options.auth ?? spec?.auth ?? this.hasCredentials
    const idempotent = spec ? spec.idempotent : verb === 'GET'
    if (auth && !this.hasCredentials) {
      throw new KrakenError(`${endpoint} needs a Futures API key and secret; this client has none.`, {
        code: 'authenticationError',
        category: 'auth',
        retryable: false,
        details: { endpoint, sent: 'no' },
      })
    }
    // PUT parameters travel in the query (python-kraken-sdk, Kraken's docs); `extra` lands where it is signed.
    const inQuery = verb !== 'POST'
    const query = { ...parameters.query, ...(inQuery ? parameters.body : {}), ...(inQuery ? options.extra : {}) }
    const form = inQuery ? {} : { ...parameters.body, ...options.extra }
    const queryText = _encodeForm(query)
    const bodyText =
      parameters.json !== undefined
        ? typeof parameters.json === 'string'
          ? parameters.json
          : JSON.stringify(parameters.json)
        : inQuery
          ? ''
          : _encodeForm(form)
    if (this.rateLimiter && spec?.pool) {
      const cost = _cost(spec, new URLSearchParams(`${queryText}&${bodyText}`))
      await this.rateLimiter.acquire(
        spec.pool,
        cost,
        (wait) => this.#onRateLimitWait?.({ ...wait, endpoint }),
        options.signal,
      )
    }
    const headers: Record<string, string> = {}
    if (bodyText !== '' || verb === 'POST')
      headers['Content-Type'] = parameters.json !== undefined ? 'application/json' : FORM
    const url = `${this.baseUrl}${path}${queryText ? `?${queryText}` : ''}`
    const timeout = options.timeout ?? this.timeout
    // Only public reads are retried (on 502/503/504); private calls would re-use a nonce and orders are never sent twice.
    const isRetried = idempotent && !auth
    const send = async (): Promise<Response> => {
      if (auth) {
        const nonce = this.#nonce()
        headers.APIKey = this.#key
        headers.Nonce = nonce
        // postData = the url-encoded text exactly as sent (query, then body); `/derivatives` is stripped by the signer.
        headers.Authent = await signFuturesRequest({
          secret: this.#secret,
          path,
          nonce,
          postData: queryText + bodyText,
        })
      }
      try {
        return await this.#ky(url, {
          method: verb,
          headers,
          timeout,
          retry: isRetried ? { limit: 2, methods: ['get'], statusCodes: [502, 503, 504], backoffLimit: 1_000 } : 0,
          // ky retries only what it throws; the final answer is read below either way.
          throwHttpErrors: isRetried ? (status) => status === 502 || status === 503 || status === 504 : false,
          ...(bodyText !== '' || verb === 'POST' ? { body: bodyText } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        })
      } catch (error) {
        if (!(error instanceof HTTPError)) throw transportError(error, endpoint, idempotent, timeout)
        return error.response
      }
    }
    // Kraken Futures rejects a nonce not greater than the key's last one (`nonceBelowThreshold`), and parallel
    // requests can arrive out of order: signed calls take their nonce inside the lane of their nonce generator (shared
    // by every client using it) and hold it until Kraken has answered. Public calls are never queued.
    const response = auth ? await this.#lane.run(send, options.signal) : await send()
    const text = await response.text()
    // The history pool answers 429 with `rate-limit-reset` (seconds until the same cost fits again).
    const reset = Number(response.headers.get('rate-limit-reset') ?? '0')
    const details = {
      endpoint,
      status: response.status,
      sent: 'yes' as const,
      ...(reset > 0 ? { retryAfter: Date.now() + reset * 1000 } : {}),
    }
    if (options.raw ?? spec?.raw) {
      if (response.ok) return text as T
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (error) {
      // Kraken's history pool answers 429 as text/plain.
      if (response.status === 429)
        throw toKrakenError('apiLimitExceeded', { ...details, body: text.slice(0, 500) }, { cause: error })
      throw new KrakenError(`Kraken answered HTTP ${response.status} with a body that is not JSON.`, {
        code: 'EProtocol',
        category: response.status >= 500 ? 'network' : 'protocol',
        retryable: response.status >= 500 && idempotent,
        details: { ...details, body: text.slice(0, 500) },
        cause: error,
      })
    }
    _checkFuturesBody(body, { ...details, body })
    if (!response.ok) {
      throw new KrakenError(`Kraken answered HTTP ${response.status}.`, {
        code: `HTTP ${response.status}`,
        category: response.status >= 500 ? 'network' : 'exchange',
        retryable: false,
        details: { ...details, body },
      })
    }
    return body as T
  }

  /** Safe summary (no credentials). */
  toJSON(): Record<string, unknown> {
    return {
      baseUrl: this.baseUrl,
      timeout: this.timeout,
      hasCredentials: this.hasCredentials,
      rateLimit: this.rateLimiter !== undefined,
    }
  }

  /** Safe summary (no credentials). */
  toString(): string {
    return `FuturesClient(${this.baseUrl})`
  }

  /** `util.inspect` shows the safe summary only. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `FuturesClient ${JSON.stringify(this.toJSON())}`
  }
}

function transportError(error: unknown, endpoint: string, idempotent: boolean, timeout: number): KrakenError {
  if ((error as { name?: string })?.name === 'AbortError') {
    return new KrakenNetworkError('The request was aborted.', {
      details: { endpoint, sent: 'maybe' },
      retryable: false,
      cause: _redactCause(error),
    })
  }
  if (error instanceof TimeoutError) {
    // The request left: Kraken may have processed it. For orders the outcome is unknown — never resend blindly.
    const message = idempotent
      ? `Timed out after ${timeout} ms.`
      : `Timed out after ${timeout} ms; the outcome is unknown (the order may exist). Look it up by cliOrdId (getOrdersStatus / getOpenOrders) before sending it again.`
    return new KrakenTimeoutError(message, {
      details: { endpoint, sent: 'maybe' },
      retryable: idempotent,
      cause: _redactCause(error),
    })
  }
  const code = (error as { cause?: { code?: string } })?.cause?.code
  const notSent = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN'
  return new KrakenNetworkError(
    notSent
      ? 'Could not connect to Kraken; the request was not sent.'
      : idempotent
        ? 'The connection failed before Kraken answered.'
        : 'The connection failed before Kraken answered; the outcome is unknown (the order may exist). Look it up by cliOrdId before sending it again.',
    {
      details: { endpoint, sent: notSent ? 'no' : 'maybe' },
      retryable: notSent || idempotent,
      cause: _redactCause(error),
    },
  )
}
