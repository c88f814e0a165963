import { getFuturesEngine } from '../futures-engine/getFuturesEngine.js'
import type { SimState } from '../state/SimState.js'
import type { SimHttpRequest, SimHttpResponse, SimHttpRouter } from '../types.js'
import { _accountRoutes } from './_accountRoutes.js'
import { _chartsRoutes } from './_chartsRoutes.js'
import { _FuturesRateLimiter } from './_FuturesRateLimiter.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _fundingRoutes } from './_fundingRoutes.js'
import { _failure } from './_futuresReply.js'
import { _historyRoutes } from './_historyRoutes.js'
import { _marketRoutes } from './_marketRoutes.js'
import { _orderRoutes } from './_orderRoutes.js'
import { _otherRoutes } from './_otherRoutes.js'
import { _preferenceRoutes } from './_preferenceRoutes.js'
import { _verifyFuturesAuth, type FuturesNonces } from './_verifyFuturesAuth.js'

const PREFIXES = ['/derivatives/', '/api/charts/', '/api/history/', '/api/auth/', '/api/stats/']
const ORDER_PATHS = new Set([
  '/derivatives/api/v3/sendorder',
  '/derivatives/api/v3/batchorder',
  '/derivatives/api/v3/editorder',
])

type CompiledRoute = FuturesRoute & { method: string; segments: string[]; parameterCount: number }

function normalize(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

function compile(routes: FuturesRoute[]): CompiledRoute[] {
  const compiled = routes.map((route) => {
    const [method, path] = route.route.split(' ') as [string, string]
    const segments = normalize(path).split('/')
    return { ...route, method, segments, parameterCount: segments.filter((segment) => segment.startsWith(':')).length }
  })
  // Literal segments win over parameters (`/rfqs/open-offers` before `/rfqs/:rfqUid`).
  return compiled.sort((a, b) => a.parameterCount - b.parameterCount)
}

function match(route: CompiledRoute, segments: string[]): Record<string, string> | undefined {
  if (route.segments.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let index = 0; index < segments.length; index++) {
    const expected = route.segments[index] as string
    const actual = segments[index] as string
    if (expected.startsWith(':')) {
      if (actual === '') return undefined
      params[expected.slice(1)] = decodeURIComponent(actual)
    } else if (expected !== actual) return undefined
  }
  return params
}

/**
 * Futures REST: every operation of Kraken's Futures spec (`/derivatives/api/v3/*`, `/api/charts/v1/*`,
 * `/api/history/v2|v3/*`, `/api/auth/v1/*`, `/api/stats/v1/*`) on the shared FuturesEngine, with `APIKey` /
 * `Authent` / `Nonce` verification, the 500-per-10 s cost budget and the history pool.
 */
export function createFuturesRestRouter(state: SimState): SimHttpRouter {
  const routes = compile([
    ..._marketRoutes,
    ..._accountRoutes,
    ..._preferenceRoutes,
    ..._fundingRoutes,
    ..._orderRoutes,
    ..._historyRoutes,
    ..._chartsRoutes,
    ..._otherRoutes,
  ])
  const nonces: FuturesNonces = new Map()
  const limiter = new _FuturesRateLimiter()
  return (request) => {
    if (!PREFIXES.some((prefix) => request.path.startsWith(prefix))) return undefined
    try {
      return handle(state, routes, nonces, limiter, request)
    } catch {
      // Bad input (e.g. a malformed %-escape) gets Kraken's error answer, never a crash.
      return _failure('Server Error', 500)
    }
  }
}

function handle(
  state: SimState,
  routes: CompiledRoute[],
  nonces: FuturesNonces,
  limiter: _FuturesRateLimiter,
  request: SimHttpRequest,
): SimHttpResponse {
  const apiKey = request.headers.apikey
  const spotKey = typeof apiKey === 'string' ? state.futuresKeys.get(apiKey) : undefined
  // Recorded before any check, so tests can prove that invalid input never reached the wire.
  state.requestLog.record(spotKey, `${request.method} ${request.path}`)
  if (state.faults.httpStatus)
    return {
      status: state.faults.httpStatus,
      body: `<html><body><h1>${state.faults.httpStatus}</h1>kraken-sim fault</body></html>`,
    }
  if (state.faults.restError) return _failure(state.faults.restError)
  const segments = normalize(request.path).split('/')
  const candidates = routes.filter((route) => match(route, segments))
  const route = candidates.find((candidate) => candidate.method === request.method)
  if (!route) return _failure(candidates.length > 0 ? 'Unavailable' : 'notFound', candidates.length > 0 ? 405 : 404)
  const params = match(route, segments) ?? {}
  const engine = getFuturesEngine(state)
  let account: ReturnType<typeof engine.account>
  if (route.auth) {
    const verdict = _verifyFuturesAuth(state, nonces, request)
    if ('error' in verdict) return _failure(verdict.error, request.path.startsWith('/api/auth/') ? 401 : 200)
    account = engine.account(verdict.key)
    if (!account) return _failure('authenticationError')
  }
  const input = new URLSearchParams(request.query)
  let json: Record<string, unknown> | undefined
  const contentType = String(request.headers['content-type'] ?? '')
  if (contentType.includes('json')) {
    try {
      json = JSON.parse(request.rawBody || '{}') as Record<string, unknown>
    } catch {
      return _failure('Json Parse Error')
    }
  } else {
    for (const [name, value] of new URLSearchParams(request.rawBody)) input.append(name, value)
  }
  const context = { state, engine, account, params, input, json }
  if (account && route.pool && route.cost && state.rateLimits) {
    const wait = limiter.take(account.key, route.pool, route.cost(context))
    if (wait > 0) {
      // The history pool answers HTTP 429 with `rate-limit-reset` (seconds); the /derivatives budget a 200 error body.
      return route.pool === 'history'
        ? _failure('apiLimitExceeded', 429, { 'rate-limit-reset': String(wait) })
        : _failure('apiLimitExceeded')
    }
  }
  const answer = route.handler(context)
  if (ORDER_PATHS.has(request.path) && (state.faults.dropOrderResponses ?? 0) > 0) {
    // Fault: the order was accepted, then the response is lost (duplicate-order tests).
    state.faults.dropOrderResponses = (state.faults.dropOrderResponses ?? 1) - 1
    return { ...answer, drop: true }
  }
  return answer
}
