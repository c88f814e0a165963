import { isSimKrakenError } from '../spot-engine/SimKrakenError.js'
import type { SimState } from '../state/SimState.js'
import type { SimHttpRequest, SimHttpResponse, SimHttpRouter } from '../types.js'
import { _authenticate } from './internal/_authenticate.js'
import { _parseBody, _parseForm } from './internal/_parseBody.js'
import { RawAnswer, type SpotPrivateRoute, type SpotPublicRoute } from './internal/_route.js'
import { chargeRestCounter } from './rateLimit/chargeRestCounter.js'
import { earnRoutes } from './routes/earnRoutes.js'
import { exportRoutes } from './routes/exportRoutes.js'
import { fundingRoutes } from './routes/fundingRoutes.js'
import { marketRoutes } from './routes/marketRoutes.js'
import { subaccountRoutes } from './routes/subaccountRoutes.js'
import { tradeRoutes } from './routes/tradeRoutes.js'
import { userRoutes } from './routes/userRoutes.js'

const PRIVATE_ROUTES: Record<string, SpotPrivateRoute> = {
  ...userRoutes,
  ...tradeRoutes,
  ...fundingRoutes,
  ...earnRoutes,
  ...subaccountRoutes,
  ...exportRoutes,
}
const PUBLIC_ROUTES: Record<string, SpotPublicRoute> = marketRoutes

const ok = (result: unknown): SimHttpResponse => ({ status: 200, body: { error: [], result } })
// Kraken answers API errors with HTTP 200 and `{"error":["…"]}`.
const fail = (error: string, status = 200): SimHttpResponse => ({ status, body: { error: [error] } })

/** Faults that replace the answer of every Spot REST request (after it was logged). */
function faultAnswer(state: SimState): SimHttpResponse | undefined {
  const { httpStatus, restError } = state.faults
  if (httpStatus) {
    // Cloudflare-style gateway page, not JSON: clients must cope with a non-JSON body.
    return {
      status: httpStatus,
      headers: { 'content-type': 'text/html' },
      body: `<html><head><title>${httpStatus} Bad Gateway</title></head><body><center><h1>${httpStatus} Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>`,
    }
  }
  if (restError) return fail(restError)
  return undefined
}

function run(handler: () => unknown): SimHttpResponse {
  try {
    const result = handler()
    return result instanceof RawAnswer ? result.response : ok(result)
  } catch (error) {
    if (isSimKrakenError(error)) return fail(error.krakenError)
    throw error
  }
}

function handlePublic(state: SimState, request: SimHttpRequest, method: string): SimHttpResponse {
  const route = PUBLIC_ROUTES[method]
  if (!route) return fail('EGeneral:Unknown method', 404)
  return run(() => {
    const params =
      request.method === 'POST'
        ? { ..._parseForm(request.query), ..._parseBody(request.rawBody, request.headers['content-type']) }
        : _parseForm(request.query)
    return route(params, state)
  })
}

function handlePrivate(state: SimState, request: SimHttpRequest, method: string): SimHttpResponse {
  const route = PRIVATE_ROUTES[method]
  if (!route) return fail('EGeneral:Unknown method', 404)
  // Kraken quirk: private methods are POST only; a GET is answered like an unknown method.
  if (request.method !== 'POST') return fail('EGeneral:Invalid arguments')
  return run(() => {
    const params = _parseBody(request.rawBody, request.headers['content-type'])
    const key = _authenticate(state, request, params)
    const permissions = state.accounts.get(key)?.permissions
    if (permissions && !permissions.includes(route.permission)) return new RawAnswer(fail('EGeneral:Permission denied'))
    chargeRestCounter(state, key, method)
    return route.handler({ state, key, params, request })
  })
}

/**
 * Spot REST (https://docs.kraken.com/api/docs/rest-api/add-order and siblings): `/0/public/*` (GET or POST) and `/0/private/*` (POST, signed) — every operation of Kraken's Spot REST
 * OpenAPI spec, answered as `{ error: [], result }` with Kraken's error strings. Every request is logged in
 * `state.requestLog` as `<key|public> <METHOD> <path>` BEFORE any check, so tests can prove "nothing was sent".
 */
export function createSpotRestRouter(state: SimState): SimHttpRouter {
  return (request) => {
    const match = /^\/0\/(public|private)\/(.+)$/.exec(request.path)
    if (!match) return undefined
    const apiKey = request.headers['api-key']
    const key = match[1] === 'private' ? (Array.isArray(apiKey) ? apiKey[0] : apiKey) : undefined
    state.requestLog.record(key, `${request.method} ${request.path}`)
    const fault = faultAnswer(state)
    if (fault) return fault
    const method = match[2] as string
    return match[1] === 'public' ? handlePublic(state, request, method) : handlePrivate(state, request, method)
  }
}
