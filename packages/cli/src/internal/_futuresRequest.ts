import { KrakenError } from '@k/errors'
import { createNonce, signFuturesRequestSync } from '@k/signing'
import type { CommandContext } from '../types.js'
import { _encodeParams } from './_encodeParams.js'
import { _httpFetch } from './_httpFetch.js'
import { _krakenErrorFrom } from './_krakenErrorFrom.js'

export type FuturesRequest = {
  method: string
  /** A path (`/derivatives/api/v3/tickers`) or a full URL, whose origin then replaces the base. */
  path: string
  query?: Readonly<Record<string, unknown>> | undefined
  body?: Readonly<Record<string, unknown>> | undefined
}

const nextNonce = createNonce()

/**
 * Sends one Futures REST call like python-kraken-sdk's `FuturesClient.request` and returns the whole JSON answer.
 * `query` goes to the query string; `body` is a form body for POST and — a Kraken Futures quirk python-kraken-sdk
 * follows — query parameters for PUT. With credentials, calls under `/derivatives/` and `/api/history/` are signed
 * (`Authent` over query + body + nonce + path without `/derivatives`).
 *
 * Internal: @k/futures-rest's `client.request` replaces this once it is published.
 */
export async function _futuresRequest(context: CommandContext, request: FuturesRequest): Promise<unknown> {
  const method = request.method.toUpperCase()
  const url = request.path.startsWith('/')
    ? new URL(context.urls.futures.replace(/\/+$/, '') + request.path)
    : new URL(request.path)
  const endpoint = `${method} ${url.pathname}`
  const query = [url.search.slice(1), _encodeParams(request.query)].filter(Boolean).join('&')
  const payload = _encodeParams(request.body)
  const sendsBody = method === 'POST'
  const fullQuery = [query, sendsBody ? '' : payload].filter(Boolean).join('&')
  url.search = fullQuery
  const headers: Record<string, string> = { 'User-Agent': `@k/cli (${__K_VERSION__})` }
  const credentials = context.credentials('futures')
  const privatePath = /^\/(derivatives|api\/history)\//.test(url.pathname)
  const signed = credentials !== undefined && privatePath
  if (signed) {
    const nonce = nextNonce()
    headers.APIKey = credentials.key
    headers.Nonce = nonce
    headers.Authent = signFuturesRequestSync({
      secret: credentials.secret,
      path: url.pathname,
      nonce,
      postData: sendsBody ? query + payload : fullQuery,
    })
  }
  if (sendsBody) headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8'

  const answer = await _httpFetch(context, {
    method,
    url: url.href,
    headers,
    body: sendsBody ? payload : undefined,
    signed,
  })
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch (cause) {
    throw new KrakenError(`${endpoint} answered ${answer.status} with a body that is not JSON.`, {
      code: answer.status >= 500 ? `HTTP ${answer.status}` : 'EProtocol:Invalid JSON',
      category: answer.status >= 500 ? 'exchange' : 'protocol',
      retryable: false,
      details: { endpoint, status: answer.status, body: answer.text.slice(0, 500) },
      cause,
    })
  }
  const record = (json ?? {}) as { result?: unknown; error?: unknown; errors?: unknown }
  if (record.result === 'error' || (typeof record.error === 'string' && record.error !== '')) {
    const code = typeof record.error === 'string' ? record.error : 'unknownError'
    const error = _krakenErrorFrom(code, { endpoint, status: answer.status, body: json, sent: 'yes' })
    // Without credentials a private call fails as authenticationError: say so instead of only echoing the code.
    if (!credentials && privatePath && error.category === 'auth') {
      throw new KrakenError(`${endpoint} needs Futures API credentials.`, {
        code,
        category: 'auth',
        retryable: false,
        details: error.details,
      })
    }
    throw error
  }
  if (answer.status >= 400) {
    throw new KrakenError(`${endpoint} answered HTTP ${answer.status}.`, {
      code: `HTTP ${answer.status}`,
      category: answer.status === 401 || answer.status === 403 ? 'auth' : 'exchange',
      retryable: answer.status >= 500,
      details: { endpoint, status: answer.status, body: json },
    })
  }
  return json
}
