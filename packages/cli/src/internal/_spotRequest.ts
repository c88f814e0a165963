import { KrakenError } from '@k/errors'
import { createNonce, signSpotRequestSync } from '@k/signing'
import type { CommandContext } from '../types.js'
import { _encodeParams } from './_encodeParams.js'
import { _httpFetch } from './_httpFetch.js'
import { _krakenErrorFrom } from './_krakenErrorFrom.js'

export type SpotRequest = {
  method: string
  /** A path (`/0/public/Time`, may carry `?query`) or a full URL, whose origin then replaces the base. */
  path: string
  params?: Readonly<Record<string, unknown>> | undefined
  /** Sign the call; defaults to whether the path is under `/0/private/` (python-kraken-sdk's rule). */
  auth?: boolean
}

// One generator per process: every CLI run is a new process, so the nonce must come from the clock (ms scale, the
// SDK's default). Kraken rejects a nonce lower than the highest it has seen for the key.
const nextNonce = createNonce()

/**
 * Sends one Spot REST call like python-kraken-sdk's `SpotClient.request` and returns `result`. GET/DELETE carry the
 * parameters in the query; POST/PUT send a form body with `nonce` last, signed over exactly the bytes sent. A non-empty
 * `error` array throws the matching KrakenError.
 *
 * Internal: @k/spot-rest's `client.request` replaces this once it is published.
 */
export async function _spotRequest(context: CommandContext, request: SpotRequest): Promise<unknown> {
  const method = request.method.toUpperCase()
  const url = new URL(request.path, context.urls.spot.endsWith('/') ? context.urls.spot : `${context.urls.spot}/`)
  if (request.path.startsWith('/')) url.href = joinBase(context.urls.spot, request.path)
  const endpoint = `${method} ${url.pathname}`
  const auth = request.auth ?? url.pathname.includes('/private/')
  const params: Record<string, unknown> = { ...request.params }
  const headers: Record<string, string> = { 'User-Agent': `@k/cli (${__K_VERSION__})` }
  let body: string | undefined

  if (auth) {
    const credentials = context.credentials('spot')
    if (!credentials) {
      throw new KrakenError(`${endpoint} needs Spot API credentials.`, {
        code: 'EAPI:Missing credentials',
        category: 'auth',
        retryable: false,
        details: { endpoint, sent: 'no' },
      })
    }
    params.nonce = nextNonce()
    if (method === 'GET' || method === 'DELETE') appendQuery(url, _encodeParams(params))
    else body = _encodeParams(params)
    headers['API-Key'] = credentials.key
    // Quirk: Spot private calls are POSTs; for a private GET the query (without `?`) is what gets signed.
    headers['API-Sign'] = signSpotRequestSync({
      secret: credentials.secret,
      path: url.pathname,
      nonce: String(params.nonce),
      body: body ?? url.search.slice(1),
    })
  } else if (method === 'GET' || method === 'DELETE') appendQuery(url, _encodeParams(params))
  else body = _encodeParams(params)
  if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8'

  const answer = await _httpFetch(context, { method, url: url.href, headers, body, signed: auth })
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
  const errors = (json as { error?: unknown }).error
  if (Array.isArray(errors) && errors.length > 0) {
    throw _krakenErrorFrom(errors.map(String), { endpoint, status: answer.status, body: json, sent: 'yes' })
  }
  if (answer.status >= 400) {
    throw new KrakenError(`${endpoint} answered HTTP ${answer.status}.`, {
      code: `HTTP ${answer.status}`,
      category: answer.status === 401 || answer.status === 403 ? 'auth' : 'exchange',
      retryable: answer.status >= 500,
      details: { endpoint, status: answer.status, body: json },
    })
  }
  return json !== null && typeof json === 'object' && 'result' in json ? (json as { result: unknown }).result : json
}

function joinBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path
}

function appendQuery(url: URL, encoded: string) {
  if (!encoded) return
  url.search = url.search ? `${url.search.slice(1)}&${encoded}` : encoded
}
