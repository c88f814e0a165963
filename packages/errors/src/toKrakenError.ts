import type { ErrorRow } from './errorTable.js'
import { _lookup, _normalise } from './internal/_lookup.js'
import { KrakenError, type KrakenErrorDetails } from './KrakenError.js'

/** Extra options for {@link toKrakenError}: the cause to keep (e.g. the ky `HTTPError`). */
export type ToKrakenErrorOptions = {
  readonly cause?: unknown
}

/**
 * Turns Kraken's error string(s) into the matching @k error: a Spot `error` array (`['EOrder:Insufficient funds']`),
 * a Futures `error` code (`'apiLimitExceeded'`) or a Futures `sendStatus.status` (`'postWouldExecute'`).
 *
 * Lookup per string (STYLE §9.7.4): exact → longest matching prefix (so `EGeneral:Invalid arguments:Index unavailable`
 * does not collapse into `EGeneral:Invalid arguments`, python-kraken-sdk's substring bug) → the `E<Category>:`
 * fallback → an unknown string, which still becomes a `KrakenError` whose `code` is the raw text. With several
 * strings, the first one with a specific (exact or prefix) match wins; all of them stay in `details.errors`.
 *
 * `EService: Throttled: <unix seconds>` sets `details.retryAfter` (milliseconds since the epoch). A `cause` (the ky
 * `HTTPError`, the WS message) may be passed in `details` or in the third argument; it becomes `error.cause`.
 *
 * Python: `kraken.base_api._get_exception` (which returns the raw dict for unknown errors instead of raising).
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { toKrakenError } from '@k/errors'
 * const response = { error: ['EAPI:Invalid nonce'], result: {} }
 * if (response.error.length > 0) throw toKrakenError(response.error, { endpoint: 'POST /0/private/Balance', status: 200 })
 */
export function toKrakenError(
  errors: string | readonly string[],
  detailsAndCause: KrakenErrorDetails & ToKrakenErrorOptions = {},
  options: ToKrakenErrorOptions = {},
): KrakenError {
  // `cause` may come in either argument; it becomes the Error cause, never part of `details`.
  const { cause: detailsCause, ...details } = detailsAndCause
  const cause = options.cause ?? detailsCause
  const list = (typeof errors === 'string' ? [errors] : [...errors]).map(String).filter((text) => text.trim() !== '')
  if (list.length === 0) {
    return new KrakenError('Kraken reported an error without a message.', {
      code: 'EUnknown',
      details,
      cause,
    })
  }
  let chosen = list[0]!
  let row = _lookup(chosen)
  for (const text of list) {
    const candidate = _lookup(text)
    if (candidate && candidate.kind !== 'category') {
      chosen = text
      row = candidate
      break
    }
  }
  const extra: Record<string, unknown> = {}
  if (list.length > 1) extra.errors = list
  const retryAfter = parseRetryAfter(chosen)
  if (retryAfter !== undefined) extra.retryAfter = retryAfter
  const merged: KrakenErrorDetails = { ...details, ...extra }
  if (!row) {
    return new KrakenError(`Kraken returned an unrecognised error: ${chosen.trim()}`, {
      code: chosen.trim(),
      category: 'exchange',
      retryable: false,
      details: merged,
      cause,
    })
  }
  return fromRow(row, chosen.trim(), merged, cause)
}

function fromRow(row: ErrorRow, code: string, details: KrakenErrorDetails, cause: unknown): KrakenError {
  return new row.error(row.means, {
    code,
    category: row.category,
    retryable: row.retryable,
    details,
    docsUrl: row.docsUrl,
    metaMessages: [`What to do: ${row.todo}`],
    cause,
  })
}

// `EService: Throttled: 1700000000` → 1700000000000. Kraken sends seconds; a 13-digit value is taken as ms already.
function parseRetryAfter(raw: string): number | undefined {
  const match = /^EService:Throttled:(\d+(?:\.\d+)?)/.exec(_normalise(raw))
  if (!match) return undefined
  const value = Number(match[1])
  if (!Number.isFinite(value)) return undefined
  return value >= 1e12 ? Math.round(value) : Math.round(value * 1000)
}
