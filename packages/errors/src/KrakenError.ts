const marker = Symbol.for('@k/errors.KrakenError')

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
 * credential.
 */
export class KrakenError extends Error {
  override name = 'KrakenError'
  /** One sentence saying what went wrong. */
  readonly shortMessage: string
  readonly code: string
  readonly category: KrakenErrorCategory
  readonly retryable: boolean
  readonly details: KrakenErrorDetails
  readonly docsUrl: string | undefined
  /** Default category/retryable for a subclass when the init does not say. */
  static defaults: { code: string; category: KrakenErrorCategory; retryable: boolean } = {
    code: 'KrakenError',
    category: 'exchange',
    retryable: false,
  }

  constructor(shortMessage: string, init: KrakenErrorInit = {}) {
    const defaults = (new.target as typeof KrakenError).defaults
    const details = init.details ?? {}
    super(formatMessage(shortMessage, init.code ?? defaults.code, details, init), { cause: init.cause })
    this.shortMessage = shortMessage
    this.code = init.code ?? defaults.code
    this.category = init.category ?? defaults.category
    this.retryable = init.retryable ?? defaults.retryable
    this.details = details
    this.docsUrl = init.docsUrl
    Object.defineProperty(this, marker, { value: true, enumerable: false })
  }

  /** Cross-realm, cross-copy check (works when two copies of @k/errors are installed). */
  static isInstance(value: unknown): value is KrakenError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true
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
