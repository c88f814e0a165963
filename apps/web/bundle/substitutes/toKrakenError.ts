import { KrakenApiLimitExceededError } from '../../../../packages/errors/src/KrakenApiLimitExceededError.js'
import type { KrakenErrorDetails } from '../../../../packages/errors/src/KrakenError.js'
import { KrakenError } from '../../../../packages/errors/src/KrakenError.js'
import { KrakenServiceUnavailableError } from '../../../../packages/errors/src/KrakenServiceUnavailableError.js'
import { KrakenUnknownAssetPairError } from '../../../../packages/errors/src/KrakenUnknownAssetPairError.js'
import type { ToKrakenErrorOptions } from '../../../../packages/errors/src/toKrakenError.js'

// Kraken writes some strings with spaces around the colons (`EService: Throttled: 1700000000`).
const normalise = (text: string) => (/^E[A-Za-z]+\s*:/.test(text) ? text.replace(/\s*:\s*/g, ':') : text)

/**
 * The browser bundle's stand-in for `@k/errors`' `toKrakenError` (swapped in by `browserBundlePlugin`): the full
 * version maps ~150 Kraken strings to ~60 classes with hints (~5 KB gzip, a third of the budget). This one
 * keeps what public market data meets — an unknown pair (`EQuery:Unknown asset pair`, WS `Currency pair not
 * supported`) → `KrakenUnknownAssetPairError`, `EService:*` → `KrakenServiceUnavailableError` (retryable), rate
 * limits → `KrakenApiLimitExceededError`, `EQuery`/`EGeneral:Invalid arguments` → category `validation` — and
 * every other string becomes a `KrakenError` whose `code` is Kraken's string. All strings stay in `details.errors`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/spot-errors
 * - Python: `kraken.base_api._get_exception`
 *
 * @example
 * toKrakenError(['EQuery:Unknown asset pair']).name // 'KrakenUnknownAssetPairError'
 */
export function toKrakenError(
  errors: string | readonly string[],
  detailsAndCause: KrakenErrorDetails & ToKrakenErrorOptions = {},
  options: ToKrakenErrorOptions = {},
): KrakenError {
  const { cause: detailsCause, ...rest } = detailsAndCause
  const list = (typeof errors === 'string' ? [errors] : [...errors]).map((text) => String(text).trim())
  const code = list.find((text) => text !== '') ?? 'EUnknown'
  // Matched without the spaces, kept as Kraken sent it (like the full version).
  const text = normalise(code)
  const init = {
    code,
    details: list.length > 1 ? { ...rest, errors: list } : rest,
    cause: options.cause ?? detailsCause,
  }
  if (/^EQuery:Unknown asset pair|^Currency pair not supported/.test(text)) {
    return new KrakenUnknownAssetPairError(code, init)
  }
  if (text.startsWith('EService:')) return new KrakenServiceUnavailableError(code, init)
  if (/Rate limit exceeded|Too many requests|Exceeded msg rate/.test(text)) {
    return new KrakenApiLimitExceededError(code, init)
  }
  const validation = /^(EQuery:|EGeneral:Invalid arguments)|not supported|Malformed/.test(text)
  return new KrakenError(code, { ...init, category: validation ? 'validation' : 'exchange' })
}
