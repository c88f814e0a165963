import * as errorsModule from '@k/errors'
import { KrakenError, type KrakenErrorCategory, type KrakenErrorDetails } from '@k/errors'

type ToKrakenError = (errors: string | readonly string[], details?: KrakenErrorDetails) => KrakenError

// @k/errors' shared table is used when it is exported; the rows below only cover the time before it lands.
const shared = (errorsModule as unknown as Record<string, unknown>).toKrakenError as ToKrakenError | undefined

const FALLBACK: ReadonlyArray<readonly [prefix: string, category: KrakenErrorCategory, retryable: boolean]> = [
  ['EAPI:Invalid key', 'auth', false],
  ['EAPI:Invalid signature', 'auth', false],
  ['EAPI:Invalid nonce', 'auth', false],
  ['EGeneral:Permission denied', 'auth', false],
  ['EAPI:Rate limit exceeded', 'rate_limit', true],
  ['EOrder:Rate limit exceeded', 'rate_limit', true],
  ['EService:Throttled', 'rate_limit', true],
  ['EGeneral:Too many requests', 'rate_limit', true],
  ['EGeneral:Invalid arguments', 'validation', false],
  ['EService:Unavailable', 'exchange', true],
  ['EService:Busy', 'exchange', true],
  // Futures codes are plain words, not `E…:` strings.
  ['authenticationError', 'auth', false],
  ['nonceBelowThreshold', 'auth', false],
  ['nonceDuplicate', 'auth', false],
  ['apiLimitExceeded', 'rate_limit', true],
  ['invalidArgument', 'validation', false],
  ['requiredArgumentMissing', 'validation', false],
]

/** Turns Kraken's error strings (Spot `E…` or a Futures code) into a KrakenError with the raw string as `code`. */
export function _krakenErrorFrom(errors: string | readonly string[], details: KrakenErrorDetails): KrakenError {
  if (shared) return shared(errors, details)
  const list = typeof errors === 'string' ? [errors] : errors
  const code = list[0] ?? 'EGeneral:Unknown error'
  const row = FALLBACK.find(([prefix]) => code.startsWith(prefix))
  return new KrakenError(`Kraken answered ${code}.`, {
    code,
    category: row?.[1] ?? 'exchange',
    retryable: row?.[2] ?? false,
    details,
  })
}
