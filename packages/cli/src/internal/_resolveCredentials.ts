import type { Credentials } from '../types.js'

/** Where credentials come from, highest first: flags (or `--secret-stdin`), environment, `--sim` demo account. */
export type CredentialSources = {
  flagKey?: string | undefined
  flagSecret?: string | undefined
  env: Readonly<Record<string, string | undefined>>
  sim?: { spot: Credentials; futures: Credentials } | undefined
}

// python-kraken-sdk's variable names first; kraken-cli's KRAKEN_API_KEY/KRAKEN_API_SECRET are Spot keys there too, so
// they are only a fallback for Spot (Futures keys are separate credentials on Kraken).
const ENV = {
  spot: [
    ['KRAKEN_SPOT_API_KEY', 'KRAKEN_SPOT_SECRET_KEY'],
    ['KRAKEN_API_KEY', 'KRAKEN_API_SECRET'],
  ],
  futures: [['KRAKEN_FUTURES_API_KEY', 'KRAKEN_FUTURES_SECRET_KEY']],
} as const

/**
 * Returns a lookup `(kind) => credentials | undefined`. The values live only in this closure, never in an object
 * property that a log line or `JSON.stringify` could reach.
 */
export function _resolveCredentials(sources: CredentialSources): (kind: 'spot' | 'futures') => Credentials | undefined {
  return (kind) => {
    for (const [keyName, secretName] of ENV[kind]) {
      const key = sources.flagKey ?? sources.env[keyName]
      const secret = sources.flagSecret ?? sources.env[secretName]
      if (key && secret) return hide({ key, secret })
    }
    if (sources.flagKey && sources.flagSecret) return hide({ key: sources.flagKey, secret: sources.flagSecret })
    return sources.sim ? hide(sources.sim[kind]) : undefined
  }
}

/** A credentials object whose fields are not enumerable: `JSON.stringify` and `util.inspect` show `{}`. */
function hide(credentials: Credentials): Credentials {
  const hidden = {}
  Object.defineProperty(hidden, 'key', { value: credentials.key, enumerable: false })
  Object.defineProperty(hidden, 'secret', { value: credentials.secret, enumerable: false })
  return hidden as Credentials
}
