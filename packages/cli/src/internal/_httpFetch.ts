import { KrakenError } from '@k/errors'
import type { CommandContext } from '../types.js'

export type HttpAnswer = { status: number; text: string }

/**
 * One HTTP exchange with the timeout and Ctrl-C signal of the context. Logs method, URL and status with `-v`, never
 * headers (they carry API-Key and API-Sign). Network failures become KrakenError `network` (exit 4).
 */
export async function _httpFetch(
  context: CommandContext,
  request: { method: string; url: string; headers: Record<string, string>; body?: string | undefined; signed: boolean },
): Promise<HttpAnswer> {
  const endpoint = `${request.method} ${new URL(request.url).pathname}`
  context.log(`> ${request.method} ${request.url}${request.signed ? ' (signed)' : ''}`)
  const started = performance.now()
  const timeout = AbortSignal.timeout(context.timeoutMs)
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    signal: AbortSignal.any([timeout, context.signal]),
  }
  if (request.body !== undefined) init.body = request.body
  try {
    const response = await fetch(request.url, init)
    const text = await response.text()
    context.log(`< ${response.status} ${Math.round(performance.now() - started)} ms, ${text.length} bytes`)
    return { status: response.status, text }
  } catch (error) {
    if (timeout.aborted) {
      throw new KrakenError(`No answer from ${endpoint} within ${context.timeoutMs / 1000} s.`, {
        code: 'ETIMEDOUT',
        category: 'network',
        retryable: request.method === 'GET',
        details: { endpoint, sent: 'maybe' },
        cause: error,
      })
    }
    if (context.signal.aborted) {
      throw new KrakenError('Interrupted.', {
        code: 'EINTR',
        category: 'client',
        retryable: false,
        details: { endpoint },
      })
    }
    const cause = (error as { cause?: { code?: string } }).cause
    throw new KrakenError(`Could not reach ${new URL(request.url).origin}.`, {
      code: cause?.code ?? 'ENETWORK',
      category: 'network',
      retryable: true,
      details: { endpoint, sent: 'no' },
      cause: error,
    })
  }
}
