import { KrakenError, KrakenNetworkError, KrakenTimeoutError } from '@k/errors'
import { TimeoutError } from 'ky'
import { _redactCause } from './_redactCause.js'

/** What the transport knows about the call that failed. */
export type _CallContext = {
  endpoint: string
  /** Safe to repeat (read-only). */
  idempotent: boolean
  /** AddOrder / AddOrderBatch / EditOrder: a lost answer means the order may exist. */
  isOrderPlacement: boolean
  timeout: number
}

/** The message every "may have been placed" error carries. */
export function _outcomeUnknownMessage(endpoint: string): string {
  return (
    `The outcome of ${endpoint} is unknown: the request may have reached Kraken and the order may exist. ` +
    'It was not retried. Look it up by your cl_ord_id or userref with QueryOrders (getOrdersInfo) or OpenOrders ' +
    '(getOpenOrders) before sending it again.'
  )
}

/** ky/fetch failure (timeout, socket error, abort) → KrakenTimeoutError / KrakenNetworkError / KrakenError. */
export function _toTransportError(error: unknown, context: _CallContext): KrakenError {
  if (KrakenError.isInstance(error)) return error
  const details = { endpoint: context.endpoint, sent: 'maybe' as const }
  // For an order, "maybe sent" must never look retryable: a retry could place it twice.
  const retryable = context.idempotent && !context.isOrderPlacement
  if (error instanceof TimeoutError) {
    const message = context.isOrderPlacement
      ? _outcomeUnknownMessage(context.endpoint)
      : `${context.endpoint} timed out after ${context.timeout} ms.`
    return new KrakenTimeoutError(message, {
      code: 'ETimeout',
      category: 'network',
      retryable,
      details,
      cause: _redactCause(error),
    })
  }
  if (error instanceof Error && error.name === 'AbortError') {
    const message = context.isOrderPlacement
      ? `Aborted. ${_outcomeUnknownMessage(context.endpoint)}`
      : `${context.endpoint} was aborted by the caller.`
    return new KrakenError(message, {
      code: 'EAbort',
      category: 'client',
      retryable,
      details,
      cause: _redactCause(error),
    })
  }
  const message = context.isOrderPlacement
    ? `Network failure. ${_outcomeUnknownMessage(context.endpoint)}`
    : `${context.endpoint} failed on the network: ${error instanceof Error ? error.message : String(error)}.`
  return new KrakenNetworkError(message, {
    code: 'ENetwork',
    category: 'network',
    retryable,
    details,
    cause: _redactCause(error),
  })
}
