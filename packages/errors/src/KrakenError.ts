import { _redact } from './internal/_redact.js'

const marker = Symbol.for('@k/errors.KrakenError')
// The `defaults.name` of every class in the instance's chain, so `X.isInstance(e)` works across duplicate installs.
const lineage = Symbol.for('@k/errors.KrakenError.lineage')

/** Closed set of error categories, shared by every package and printed by the CLI. */
export type KrakenErrorCategory = 'validation' | 'auth' | 'rate_limit' | 'exchange' | 'network' | 'protocol' | 'client'

/** What an error may safely carry. Never request headers, API keys, signatures or secrets. */
export type KrakenErrorDetails = {
  /** `'POST /0/private/AddOrder'` or `'ws add_order'`. */
  readonly endpoint?: string | undefined
  /** HTTP status, when there was a response. */
  readonly status?: number | undefined
  /** Response body (or WS message) as received. */
  readonly body?: unknown
  /** `'no'` = provably not sent; `'maybe'` = may have reached Kraken (orders are never auto-retried then). */
  readonly sent?: 'no' | 'maybe' | 'yes' | undefined
  /** Milliseconds since the epoch after which a retry is allowed (`EService: Throttled: <ts>`). */
  readonly retryAfter?: number | undefined
  /** For validation errors: the parameter that was rejected. */
  readonly field?: string | undefined
  /** Anything else that is safe to show. */
  readonly [key: string]: unknown
}

/** What a subclass fills in when the init does not say: its name, default code, category and retryability. */
export type KrakenErrorDefaults = {
  readonly name: string
  readonly code: string
  readonly category: KrakenErrorCategory
  readonly retryable: boolean
}

export type KrakenErrorInit = {
  /** The raw Kraken string (`EAPI:Invalid nonce`), the Futures code (`apiLimitExceeded`) or an SDK code. */
  readonly code?: string
  readonly category?: KrakenErrorCategory
  readonly retryable?: boolean
  readonly details?: KrakenErrorDetails
  readonly metaMessages?: readonly string[]
  readonly docsUrl?: string | undefined
  readonly cause?: unknown
}

declare const __K_VERSION__: string
const version = typeof __K_VERSION__ === 'string' ? __K_VERSION__ : '@k/errors'

/**
 * Base of every error @k throws. `code` is Kraken's raw string, `category` one of a closed set, `retryable` says
 * whether the same call may be repeated safely (after `details.retryAfter` when set), and `details` never holds a
 * credential: credential-looking fields (`API-Key`, `API-Sign`, `Authent`, `APIKey`, `secret`, `key`, `otp`, `token`,
 * …) are replaced by `'[redacted]'` on construction, at any depth.
 *
 * Python: the common base python-kraken-sdk lacks (its exceptions are plain `Exception` subclasses).
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { KrakenError, isKrakenError } from '@k/errors'
 * try {
 *   await client.addOrder({ pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '1', price: '1' })
 * } catch (error) {
 *   if (isKrakenError(error) && error.retryable) setTimeout(retry, (error.details.retryAfter ?? Date.now()) - Date.now())
 * }
 */
export class KrakenError extends Error {
  override name: string
  /** One sentence saying what went wrong. */
  readonly shortMessage: string
  readonly code: string
  readonly category: KrakenErrorCategory
  readonly retryable: boolean
  readonly details: KrakenErrorDetails
  readonly docsUrl: string | undefined
  /** Default category/retryable for a subclass when the init does not say. */
  static defaults: KrakenErrorDefaults = {
    name: 'KrakenError',
    code: 'KrakenError',
    category: 'exchange',
    retryable: false,
  }

  constructor(shortMessage: string, init: KrakenErrorInit = {}) {
    const defaults = (new.target as typeof KrakenError).defaults
    const details = _redact(init.details ?? {})
    super(formatMessage(shortMessage, init.code ?? defaults.code, details, init), { cause: init.cause })
    this.name = defaults.name
    this.shortMessage = shortMessage
    this.code = init.code ?? defaults.code
    this.category = init.category ?? defaults.category
    this.retryable = init.retryable ?? defaults.retryable
    this.details = details
    this.docsUrl = init.docsUrl
    Object.defineProperty(this, marker, { value: true, enumerable: false })
    Object.defineProperty(this, lineage, { value: lineageOf(new.target), enumerable: false })
  }

  /**
   * Cross-realm, cross-copy check (works when two copies of @k/errors are installed): `KrakenError.isInstance(e)`
   * accepts every @k error, `KrakenInvalidNonceError.isInstance(e)` only that class and its subclasses.
   */
  static isInstance<T extends KrakenError>(
    this: { prototype: T; defaults: KrakenErrorDefaults },
    value: unknown,
  ): value is T {
    if (typeof value !== 'object' || value === null) return false
    const record = value as Record<symbol, unknown>
    if (record[marker] !== true) return false
    const names = record[lineage]
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass the check was called on
    return Array.isArray(names) && names.includes(this.defaults.name)
  }

  /** Follows `cause` to the innermost error (or the first one `predicate` accepts). */
  walk(predicate?: (error: unknown) => boolean): unknown {
    let current: unknown = this
    for (let depth = 0; depth < 32; depth++) {
      if (predicate?.(current)) return current
      const next = (current as { cause?: unknown } | null)?.cause
      if (next === undefined || next === null) return predicate ? undefined : current
      current = next
    }
    return current
  }

  toJSON(): Record<string, unknown> {
    const { name, code, category, retryable, shortMessage, details, docsUrl } = this
    return { name, code, category, retryable, message: shortMessage, details, docsUrl }
  }
}

function lineageOf(target: Function): string[] {
  const names: string[] = []
  for (let current: unknown = target; typeof current === 'function'; current = Object.getPrototypeOf(current)) {
    if (Object.hasOwn(current, 'defaults')) names.push((current as typeof KrakenError).defaults.name)
  }
  return names
}

function formatMessage(shortMessage: string, code: string, details: KrakenErrorDetails, init: KrakenErrorInit) {
  const lines = [shortMessage, '']
  for (const meta of init.metaMessages ?? []) lines.push(meta)
  if (details.endpoint) lines.push(`Endpoint: ${details.endpoint}`)
  lines.push(`Code: ${code}`)
  if (details.status !== undefined) lines.push(`Status: ${details.status}`)
  if (init.docsUrl) lines.push(`Docs: ${init.docsUrl}`)
  lines.push(`Version: ${version}`)
  return lines.join('\n')
}

/** True for any @k error, also across duplicate installs. */
export function isKrakenError(value: unknown): value is KrakenError {
  return KrakenError.isInstance(value)
}
