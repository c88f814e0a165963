import { _lookup, _normalise } from './internal/_lookup.js'
import type { KrakenErrorCategory } from './KrakenError.js'

/** The "what it means, what to do" hint for one Kraken error string. */
export type KrakenErrorDescription = {
  /** The string as given. */
  readonly code: string
  /** The table row that matched (`EGeneral:Invalid arguments` for `EGeneral:Invalid arguments:volume2`). */
  readonly match: string
  /** How it matched: `exact`, `prefix` or the `category` fallback. */
  readonly matchedBy: 'exact' | 'prefix' | 'category'
  /** The @k class `toKrakenError` creates. */
  readonly className: string
  readonly category: KrakenErrorCategory
  readonly retryable: boolean
  readonly means: string
  readonly todo: string
  readonly docsUrl: string
}

/**
 * Explains a Kraken error string without throwing anything: what it means, what to do, and the docs page. Used by
 * the CLI (`k explain EAPI:Invalid nonce`). Returns `undefined` for strings the table does not know.
 *
 * Python: none.
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { describeKrakenError } from '@k/errors'
 * const hint = describeKrakenError('EAPI:Invalid nonce')
 * console.log(`${hint?.means}\n${hint?.todo}`)
 */
export function describeKrakenError(code: string): KrakenErrorDescription | undefined {
  const row = _lookup(code)
  if (!row) return undefined
  return {
    code,
    match: row.match,
    matchedBy: row.kind === 'category' ? 'category' : row.match === _normalise(code) ? 'exact' : 'prefix',
    className: row.error.defaults.name,
    category: row.category,
    retryable: row.retryable,
    means: row.means,
    todo: row.todo,
    docsUrl: row.docsUrl,
  }
}
