import { KrakenError } from '@k/errors'
import { SigningLane, signingLaneFor } from '@k/signing/lane'
import ky, { HTTPError, type KyInstance, type Options as KyOptions } from 'ky'
import type { EndpointSpec } from './endpoints.js'
import { _encodeForm } from './internal/_encodeForm.js'
import { _OrderAges } from './internal/_OrderAges.js'
import { _krakenError, _readEnvelope } from './internal/_readEnvelope.js'
import { _routeTable } from './internal/_routeTable.js'
import { type _CallContext, _toTransportError } from './internal/_toTransportError.js'
import { _tradingCosts } from './internal/_tradingCosts.js'
import { type SpotRateCost, SpotRateLimiter, type SpotTier } from './SpotRateLimiter.js'
import type { RateLimitWaitEvent, SpotClientOptions, SpotRequestOptions } from './types.js'

declare const __K_VERSION__: string
const VERSION = typeof __K_VERSION__ === 'string' ? __K_VERSION__ : '@k/spot-rest'

/** Kraken's production Spot REST base URL. */
export const SPOT_REST_URL = 'https://api.kraken.com'

const FORM = 'application/x-www-form-urlencoded; charset=utf-8'
const JSON_TYPE = 'application/json; charset=utf-8'
// Order placement: a lost answer means the order may exist, so these are never sent twice by the SDK.
const PLACEMENT = new Set(['add', 'batchAdd', 'edit'])

/**
 * The Spot REST transport: signing, nonces, the rate limiter and ky underneath. `request()` reaches any endpoint;
 * the actions (`getTicker(client, …)`) and namespaces (`new Market(client)`) are built on it. Credentials live in
 * private fields and never appear in `JSON.stringify`, `util.inspect`, `String` or an error.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/spot-rest-intro
 * - Python: `kraken.base_api.SpotClient`
 *
 * @example
 * import { SpotClient } from '@k/spot-rest'
 * const client = new SpotClient({ key: process.env.KRAKEN_KEY, secret: process.env.KRAKEN_SECRET })
 * const balance = await client.request('POST', '/0/private/Balance')
 */
export class SpotClient {
  /** REST base URL without trailing slash. */
  readonly baseUrl: string
  /** Default request timeout (ms). */
  readonly timeout: number
  readonly tier: SpotTier
  /** The client-side rate limiter, or `undefined` with `rateLimit: false`. */
  readonly rateLimiter: SpotRateLimiter | undefined
  readonly #key: string
  readonly #secret: string
  #nonce: (() => string) | undefined
  readonly #ky: KyInstance
  readonly #retries: number
  readonly #onRateLimitWait: ((event: RateLimitWaitEvent) => void) | undefined
  readonly #orders = new _OrderAges()
  readonly #lane: SigningLane
  // ky's retry policy for idempotent public GETs (HTTP 408/5xx and network errors), built once per client.
  readonly #retryPolicy: Exclude<KyOptions['retry'], undefined>

  constructor(options: SpotClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? SPOT_REST_URL).replace(/\/+$/, '')
    this.timeout = options.timeout ?? 10_000
    this.tier = options.tier ?? 'starter'
    this.rateLimiter = options.rateLimit === false ? undefined : new SpotRateLimiter({ tier: this.tier })
    this.#key = options.key ?? ''
    this.#secret = options.secret ?? ''
    this.#nonce = options.nonce
    this.#retries = options.retries ?? 2
    this.#onRateLimitWait = options.onRateLimitWait
    // The lane belongs to the nonce generator (see signingLaneFor): clients sharing a generator share its lane; a client
    // with its own default generator has its own lane.
    const concurrency = options.privateConcurrency ?? 1
    this.#lane = options.nonce ? signingLaneFor(options.nonce, concurrency) : new SigningLane(concurrency)
    this.#retryPolicy = {
      limit: this.#retries,
      methods: ['get'],
      statusCodes: [408, 500, 502, 503, 504],
      backoffLimit: 2_000,
    }
    this.#ky = ky.create({
      // Browsers refuse to set User-Agent (and a custom header would force a CORS preflight): send it from Node only.
      headers: options.userAgent !== undefined || isNode() ? { 'User-Agent': options.userAgent ?? VERSION } : {},
      throwHttpErrors: true,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    })
  }

  /** Whether a key and secret were given (private endpoints need both). */
  get hasCredentials(): boolean {
    return this.#key !== '' && this.#secret !== ''
  }

  /**
   * Calls any Spot REST endpoint and resolves with Kraken's `result` (or the body bytes with `raw`). Auth, JSON body,
   * rate-limit cost and retry rules come from the endpoint table for known routes; `options` overrides them.
   *
   * @example
   * const time = await client.request('GET', '/0/public/Time')
   * const nfts = await client.request('GET', '/0/public/Nfts', {}, { query: 'filter%5Bcollection_id%5D=NCQNABO' })
   */
  async request<T = unknown>(
    method: string,
    path: string,
    parameters: Record<string, unknown> = {},
    options: SpotRequestOptions = {},
  ): Promise<T> {
    const verb = method.toUpperCase()
    const route = `${verb} ${path}`
    const spec: (EndpointSpec & { name: string }) | undefined = _routeTable().get(route)
    const auth = options.auth ?? spec?.auth ?? path.startsWith('/0/private/')
    const context: _CallContext = {
      endpoint: route,
      idempotent: spec ? spec.idempotent : verb === 'GET' && !auth,
      isOrderPlacement: spec?.trading !== undefined && PLACEMENT.has(spec.trading),
      timeout: options.timeout ?? this.timeout,
    }
    if (auth && !this.hasCredentials) {
      throw new KrakenError(`${route} needs an API key and secret; this client has none.`, {
        code: 'EAPI:Missing credentials',
        category: 'auth',
        retryable: false,
        details: { endpoint: route, sent: 'no' },
      })
    }
    // Kraken rejects an invalid nonce without processing the call: one re-sign with a fresh nonce is safe
    // (never for order placement, which the SDK never sends twice).
    for (let attempt = 0; ; attempt++) {
      const costs = this.#costs(spec, parameters, route)
      // Calls without a cost (public data, limiter off) skip the limiter entirely: no extra awaits on the hot path.
      if (costs.length > 0) await this.#limit('acquire', costs, route, options.signal)
      try {
        const send =
          costs.length === 0
            ? () => this.#send(verb, path, parameters, options, spec, auth, context)
            : async () => {
                await this.#limit('dispatch', costs, route, options.signal)
                const sentAt = Date.now()
                try {
                  return await this.#send(verb, path, parameters, options, spec, auth, context)
                } finally {
                  for (const cost of costs) this.rateLimiter?.observe(cost, Date.now() - sentAt)
                }
              }
        // Signed calls take their nonce inside the lane (shared by every client of the generator), so nonces reach
        // Kraken in increasing order.
        return (await (auth ? this.#lane.run(send, options.signal) : send())) as T
      } catch (error) {
        const isNonce = KrakenError.isInstance(error) && error.code === 'EAPI:Invalid nonce'
        if (!isNonce || attempt > 0 || !auth || context.isOrderPlacement) throw error
      }
    }
  }

  /** Safe summary (no credentials). */
  toJSON(): Record<string, unknown> {
    return { baseUrl: this.baseUrl, tier: this.tier, timeout: this.timeout, hasCredentials: this.hasCredentials }
  }

  /** Safe summary (no credentials). */
  toString(): string {
    return `SpotClient(${this.baseUrl})`
  }

  /** What one call costs on the limiter: trading points per pair, or REST counter points. */
  #costs(spec: EndpointSpec | undefined, parameters: Record<string, unknown>, route: string): SpotRateCost[] {
    if (!this.rateLimiter) return []
    if (spec?.trading) {
      return _tradingCosts(spec.trading, parameters, this.#orders, Date.now()).map((cost) => ({
        trading: cost.points,
        pair: cost.pair,
      }))
    }
    // Unknown private paths cost 1 (Kraken counts every private call); public calls use Kraken's per-IP limit.
    const rest = spec ? (spec.cost ?? 0) : route.includes(' /0/private/') ? 1 : 0
    return rest > 0 ? [{ rest }] : []
  }

  async #limit(phase: 'acquire' | 'dispatch', costs: SpotRateCost[], route: string, signal?: AbortSignal) {
    const limiter = this.rateLimiter
    if (!limiter) return
    const onWait = (wait: { ms: number; counter: 'rest' | 'trading'; pair?: string | undefined }) =>
      this.#onRateLimitWait?.({ ...wait, endpoint: route })
    for (const cost of costs) await limiter[phase](cost, onWait, signal)
  }

  async #send(
    verb: string,
    path: string,
    parameters: Record<string, unknown>,
    options: SpotRequestOptions,
    spec: EndpointSpec | undefined,
    auth: boolean,
    context: _CallContext,
    attempt = 0,
  ): Promise<unknown> {
    const json = options.json ?? spec?.json ?? false
    const raw = options.raw ?? spec?.raw ?? false
    const headers: Record<string, string> = {}
    let url = `${this.baseUrl}${path}`
    let body: string | undefined
    const isQuery = verb === 'GET' || verb === 'DELETE'
    if (isQuery) {
      const query = [_encodeForm(parameters), options.query ?? ''].filter((part) => part !== '').join('&')
      if (query !== '') url += `?${query}`
    }
    if (auth || !isQuery) {
      // @k/signing (node:crypto) loads on the first signed call, so public-only use starts faster.
      const signing = auth ? await loadSigning() : undefined
      if (signing && !this.#nonce) this.#nonce = signing.createNonce()
      const data = signing && this.#nonce ? { ...(isQuery ? {} : parameters), nonce: this.#nonce() } : parameters
      body = json ? JSON.stringify(data) : _encodeForm(data)
      headers['Content-Type'] = json ? JSON_TYPE : FORM
      if (auth) {
        // Sign exactly the bytes that go on the wire.
        headers['API-Key'] = this.#key
        headers['API-Sign'] = await (signing as Signing).signSpotRequest({
          secret: this.#secret,
          path,
          nonce: data.nonce as string,
          body,
        })
      }
    }
    const isRetried = context.idempotent && !auth && this.#retries > 0
    const kyOptions: KyOptions = {
      method: verb,
      // No per-call headers on public GETs: ky would build (and inspect) one more Headers object per call.
      ...(body === undefined ? {} : { headers }),
      timeout: context.timeout,
      retry: isRetried ? this.#retryPolicy : 0,
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    }
    let response: Response
    try {
      response = await this.#ky(url, kyOptions)
    } catch (error) {
      if (error instanceof HTTPError)
        return this.#fail(error.response.status, await safeText(error.response), spec, parameters, context)
      throw _toTransportError(error, context)
    }
    let text: string
    try {
      // Downloads (RetrieveExport's zip) come back as bytes; a JSON answer is still checked for Kraken errors.
      if (raw && !(response.headers.get('content-type') ?? '').includes('json')) {
        return new Uint8Array(await response.arrayBuffer())
      }
      text = await response.text()
    } catch (error) {
      throw _toTransportError(error, context)
    }
    const { result, errors } = _readEnvelope(response.status, text, context)
    if (errors.length > 0) {
      // Public GETs only: Kraken answers `EService:Unavailable`/`EService:Busy` in a 200 body when the engine is
      // briefly unavailable; repeat like a 503, with ky's backoff (0.3 s, 0.6 s, …).
      if (isRetried && attempt < this.#retries && errors.some((error) => /^EService:(Unavailable|Busy)/.test(error))) {
        await delay(300 * 2 ** attempt, options.signal)
        return this.#send(verb, path, parameters, options, spec, auth, context, attempt + 1)
      }
      return this.#fail(response.status, text, spec, parameters, context)
    }
    if (spec?.trading) this.#track(spec.trading, parameters, result)
    return raw ? new TextEncoder().encode(text) : result
  }

  #fail(
    status: number,
    text: string,
    spec: EndpointSpec | undefined,
    parameters: Record<string, unknown>,
    context: _CallContext,
  ): never {
    const { errors } = _readEnvelope(status, text, context)
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {}
    const error = _krakenError(errors, status, body, context)
    if (error.category === 'rate_limit' && this.rateLimiter) {
      // The server still says "too fast" (another program on this key, WS orders on this pair): assume full.
      if (error.code.startsWith('EOrder:')) {
        for (const cost of spec?.trading ? _tradingCosts(spec.trading, parameters, this.#orders, Date.now()) : []) {
          this.rateLimiter.snap('trading', cost.pair)
        }
      } else {
        this.rateLimiter.snap('rest')
      }
    }
    throw error
  }

  #track(kind: string, parameters: Record<string, unknown>, result: unknown) {
    const now = Date.now()
    const data = (result ?? {}) as { txid?: unknown; orders?: Array<{ txid?: string }> }
    const pair = typeof parameters.pair === 'string' ? parameters.pair : undefined
    if (kind === 'add' && pair) {
      const ids = Array.isArray(data.txid) ? (data.txid as string[]) : []
      this.#orders.add([...ids, parameters.cl_ord_id as string | undefined], pair, now)
    } else if (kind === 'batchAdd' && pair) {
      this.#orders.add(
        (data.orders ?? []).map((order) => order.txid),
        pair,
        now,
      )
    } else if (kind === 'edit' && pair && typeof data.txid === 'string') {
      this.#orders.delete(parameters.txid as string | undefined)
      this.#orders.add([data.txid], pair, now)
    }
  }
}

async function safeText(response: Response): Promise<string> {
  try {
    return await response.text()
  } catch {
    return ''
  }
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string'
}

type Signing = typeof import('@k/signing')
let signingModule: Promise<Signing> | undefined
function loadSigning(): Promise<Signing> {
  signingModule ??= import('@k/signing')
  return signingModule
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
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
