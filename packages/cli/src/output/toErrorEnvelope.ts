import { isKrakenError, type KrakenError, type KrakenErrorCategory } from '@k/errors'
import { exitCodeFor } from '../exitCodes.js'
import { _hintFor } from '../internal/_hints.js'
import { UsageError } from './UsageError.js'

/**
 * The CLI's error envelope (STYLE §9.7, kraken-cli's fields): `error` is the category (or `usage`), `code` Kraken's raw
 * string, `message` one sentence, `meaning` and `suggestion` say what it means and what to do.
 */
export type ErrorEnvelope = {
  error: KrakenErrorCategory | 'usage'
  code: string
  message: string
  meaning?: string
  suggestion?: string
  retryable: boolean
  retryAfter: number | null
  docsUrl: string | null
  exitCode: number
}

/** Builds the envelope for any thrown value; errors that are not KrakenErrors are reported as `client` errors. */
export function toErrorEnvelope(error: unknown): ErrorEnvelope {
  const kraken: KrakenError | undefined = isKrakenError(error) ? error : undefined
  const usage = isUsageError(error)
  const category: KrakenErrorCategory | 'usage' = usage ? 'usage' : (kraken?.category ?? 'client')
  const hint = _hintFor(kraken, category)
  const envelope: ErrorEnvelope = {
    error: category,
    code: kraken?.code ?? (usage ? 'usage' : 'EClient:Unexpected'),
    message: kraken?.shortMessage ?? (error instanceof Error ? error.message : String(error)),
    retryable: kraken?.retryable ?? false,
    retryAfter: typeof kraken?.details.retryAfter === 'number' ? kraken.details.retryAfter : null,
    docsUrl: kraken?.docsUrl ?? hint.docsUrl ?? null,
    exitCode: exitCodeFor(category),
  }
  if (hint.meaning && hint.meaning !== envelope.message) envelope.meaning = hint.meaning
  if (hint.suggestion) envelope.suggestion = hint.suggestion
  return envelope
}

function isUsageError(error: unknown): boolean {
  return error instanceof UsageError || (error instanceof Error && error.name === 'UsageError')
}
