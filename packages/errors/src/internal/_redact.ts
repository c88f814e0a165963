/**
 * Deep-copies `details` and replaces every credential-looking field with `'[redacted]'`, so an error can be logged,
 * serialised or inspected without leaking an API key, a signature, an OTP or the secret (STYLE §9.7.5).
 *
 * Field names are compared case-insensitively with `-`/`_` removed, so `API-Key`, `api_key` and `apiKey` all match.
 */
export function _redact<T>(value: T): T {
  return copy(value, 0, new WeakSet()) as T
}

/** Replacement text for redacted values. */
export const REDACTED = '[redacted]'

// Normalised names (lowercase, no `-`/`_`) of fields that hold a credential in Kraken requests or SDK options.
const CREDENTIAL_FIELDS = new Set([
  'apikey',
  'apisign',
  'authent',
  'key',
  'secret',
  'otp',
  'password',
  'passphrase',
  'token',
  'authorization',
  'proxyauthorization',
  'signature',
  'signedchallenge',
  'cookie',
  'setcookie',
  'privatekey',
])
const CREDENTIAL_PARTS = ['secret', 'password', 'apikey', 'apisign', 'privatekey', 'authent']
// `otp=123456&…` or `secret=…` inside url-encoded text (a request body someone copied into details).
const ENCODED_CREDENTIAL =
  /((?:^|[?&\s])(?:api[-_]?key|api[-_]?sign|authent|otp|secret|api[-_]?secret|password|token|signed_challenge)=)[^&\s]*/gi
const MAX_DEPTH = 12

function isCredentialField(name: string): boolean {
  const normalised = name.toLowerCase().replace(/[-_\s]/g, '')
  return CREDENTIAL_FIELDS.has(normalised) || CREDENTIAL_PARTS.some((part) => normalised.includes(part))
}

function copy(value: unknown, depth: number, ancestors: WeakSet<object>): unknown {
  if (typeof value === 'string') return value.replace(ENCODED_CREDENTIAL, `$1${REDACTED}`)
  if (typeof value !== 'object' || value === null) return value
  if (depth > MAX_DEPTH) return '[truncated]'
  // A cycle would make JSON.stringify(error) throw; shared (non-cyclic) references are copied normally.
  if (ancestors.has(value)) return '[circular]'
  if (value instanceof Date || value instanceof RegExp || ArrayBuffer.isView(value)) return value
  if (Array.isArray(value)) {
    // `[['API-Key', '…'], …]` header tuples are arrays too: redact the value when the first item names a credential.
    if (value.length === 2 && typeof value[0] === 'string' && isCredentialField(value[0])) return [value[0], REDACTED]
    ancestors.add(value)
    const out = value.map((item) => copy(item, depth + 1, ancestors))
    ancestors.delete(value)
    return Object.freeze(out)
  }
  ancestors.add(value)
  const out = copyObject(value, depth, ancestors)
  ancestors.delete(value)
  return Object.freeze(out)
}

function copyObject(value: object, depth: number, ancestors: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  // Map, Headers, URLSearchParams, FormData: iterate their entries (util.inspect would otherwise show them).
  const entries = (value as { entries?: unknown }).entries
  if (!(value instanceof Error) && typeof entries === 'function' && isIterableEntries(value)) {
    for (const [key, item] of (value as { entries(): Iterable<[unknown, unknown]> }).entries()) {
      const name = String(key)
      out[name] = isCredentialField(name) ? REDACTED : copy(item, depth + 1, ancestors)
    }
    return out
  }
  if (value instanceof Error) {
    out.name = value.name
    out.message = copy(value.message, depth + 1, ancestors)
  }
  for (const name of Object.keys(value)) {
    out[name] = isCredentialField(name)
      ? REDACTED
      : copy((value as Record<string, unknown>)[name], depth + 1, ancestors)
  }
  return Object.freeze(out)
}

function isIterableEntries(value: object): boolean {
  return (
    value instanceof Map ||
    (typeof URLSearchParams !== 'undefined' && value instanceof URLSearchParams) ||
    (typeof Headers !== 'undefined' && value instanceof Headers) ||
    (typeof FormData !== 'undefined' && value instanceof FormData)
  )
}
