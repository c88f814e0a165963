import { KrakenError, KrakenNetworkError, toKrakenError } from '@k/errors'
import { type _CallContext, _outcomeUnknownMessage } from './_toTransportError.js'

const MAX_BODY = 2_000

/**
 * Turns an HTTP answer into Kraken's `result` or a KrakenError: non-JSON or truncated bodies are `protocol` errors,
 * HTTP 5xx (a Cloudflare HTML page) are `network` errors, `{ error: [...] }` goes through `toKrakenError`.
 * For order placement, any answer that does not prove the order's fate says so (details.sent = 'maybe').
 */
export function _readEnvelope(
  status: number,
  text: string,
  context: _CallContext,
): { result: unknown; errors: string[] } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (cause) {
    const snippet = text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}…` : text
    if (status >= 500 || status === 429) throw httpError(status, snippet, context, cause)
    const prefix = `${context.endpoint} answered HTTP ${status} with a body that is not JSON (truncated or HTML).`
    throw new KrakenError(context.isOrderPlacement ? `${prefix} ${_outcomeUnknownMessage(context.endpoint)}` : prefix, {
      code: 'EProtocol:Invalid JSON',
      category: 'protocol',
      retryable: context.idempotent && !context.isOrderPlacement,
      details: { endpoint: context.endpoint, status, body: snippet, sent: context.isOrderPlacement ? 'maybe' : 'yes' },
      cause,
    })
  }
  const errors = (body as { error?: unknown } | null)?.error
  const list = Array.isArray(errors) ? errors.filter((item): item is string => typeof item === 'string') : []
  if (list.length > 0) return { result: undefined, errors: list }
  if (status >= 400) throw httpError(status, body, context)
  const envelope = body as { result?: unknown }
  return {
    result: envelope !== null && typeof envelope === 'object' && 'result' in envelope ? envelope.result : body,
    errors: [],
  }
}

/** `toKrakenError` plus the SDK's rule: a server-side failure of an order placement leaves its outcome unknown. */
export function _krakenError(
  errors: readonly string[],
  status: number,
  body: unknown,
  context: _CallContext,
): KrakenError {
  const error = toKrakenError(errors, { endpoint: context.endpoint, status, body, sent: 'yes' })
  // EService:Unavailable and EGeneral:Internal error on an order do not prove it was not placed (Busy, Throttled and
  // Deadline elapsed do: Kraken did not process the request).
  const isUncertain = /^(EService:Unavailable|EGeneral:Internal error)/.test(error.code)
  if (!context.isOrderPlacement || !isUncertain) return error
  const Constructor = error.constructor as new (
    message: string,
    init: ConstructorParameters<typeof KrakenError>[1],
  ) => KrakenError
  return new Constructor(`${error.shortMessage} ${_outcomeUnknownMessage(context.endpoint)}`, {
    code: error.code,
    category: error.category,
    retryable: false,
    details: { ...error.details, sent: 'maybe' },
    docsUrl: error.docsUrl,
    cause: error,
  })
}

function httpError(status: number, body: unknown, context: _CallContext, cause?: unknown): KrakenError {
  const prefix = `${context.endpoint} answered HTTP ${status}.`
  if (status === 429) {
    return new KrakenError(`${prefix} Too many requests.`, {
      code: 'EGeneral:Too many requests',
      category: 'rate_limit',
      retryable: !context.isOrderPlacement,
      details: { endpoint: context.endpoint, status, body, sent: 'yes' },
      cause,
    })
  }
  const message = context.isOrderPlacement ? `${prefix} ${_outcomeUnknownMessage(context.endpoint)}` : prefix
  const ErrorClass = status >= 500 ? KrakenNetworkError : KrakenError
  return new ErrorClass(message, {
    code: `EHTTP:${status}`,
    category: status >= 500 ? 'network' : 'protocol',
    retryable: status >= 500 && context.idempotent && !context.isOrderPlacement,
    details: { endpoint: context.endpoint, status, body, sent: 'maybe' },
    cause,
  })
}
