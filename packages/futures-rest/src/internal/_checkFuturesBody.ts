import { type KrakenErrorDetails, toKrakenError } from '@k/errors'

// Statuses that mean the instruction was carried out; anything else is a failure Kraken reports inside a
// `"result":"success"` body (python-kraken-sdk checks sendStatus and batchStatus the same way).
const DONE = new Set(['placed', 'edited', 'cancelled', 'noOrdersToCancel'])

/**
 * Throws the typed KrakenError for a Futures answer that reports a failure: a top-level `error`
 * (`{"result":"error","error":"apiLimitExceeded"}`), or a `sendStatus` / `editStatus` / `cancelStatus` /
 * `batchStatus[]` status such as `insufficientAvailableFunds`.
 */
export function _checkFuturesBody(body: unknown, details: KrakenErrorDetails): void {
  if (typeof body !== 'object' || body === null) return
  const record = body as Record<string, unknown>
  if (typeof record.error === 'string' && (record.result === 'error' || record.result === undefined)) {
    throw toKrakenError(record.error, details)
  }
  if (Array.isArray(record.errors) && record.errors.length > 0 && record.result === 'error') {
    throw toKrakenError(record.errors.map(String), details)
  }
  for (const name of ['sendStatus', 'editStatus', 'cancelStatus']) {
    const status = (record[name] as { status?: unknown } | undefined)?.status
    if (typeof status === 'string' && !DONE.has(status)) throw toKrakenError(status, details)
  }
  if (Array.isArray(record.batchStatus)) {
    for (const entry of record.batchStatus as Array<{ status?: unknown }>) {
      if (typeof entry?.status === 'string' && !DONE.has(entry.status)) throw toKrakenError(entry.status, details)
    }
  }
}
