import { getSpotEngine } from '../spot-engine/getSpotEngine.js'
import { _restOrder } from '../spot-engine/internal/_describeOrder.js'
import { getSpotMarket } from '../spot-market/getSpotMarket.js'
import type { SimState } from '../state/SimState.js'
import type { SimAccountInit, SimHttpRouter } from '../types.js'

/**
 * Control endpoints under `/__sim` (not part of Kraken):
 * - `POST /__sim/accounts` `{ key?, secret?, balances?, … }` → the created account (fresh random key pair if omitted)
 * - `POST /__sim/faults` `{ …SimFaults }` → replaces the global faults; `{}` clears them
 * - `GET /__sim/requests?key=K&route=POST%20/0/private/AddOrder` → `{ count }`
 * - `GET /__sim/health` → `{ ok: true }`
 * - `GET /__sim/orders?key=K` → `{ open: [...], closed: [...] }` (REST order views plus `txid`, incl. `cl_ord_id`)
 * - `GET /__sim/balances?key=K` → the spot balances of a key (REST Balance shape)
 * - `POST /__sim/tick` `{ count? }` → advances the synthetic market `count` ticks (default 1, max 10000)
 *   deterministically (resting orders fill, stops trigger) → `{ ticks, events }`
 */
export function createAdminRouter(state: SimState): SimHttpRouter {
  return (request) => {
    if (!request.path.startsWith('/__sim/')) return undefined
    const route = `${request.method} ${request.path.slice('/__sim'.length)}`
    if (route === 'GET /health') return { status: 200, body: { ok: true } }
    if (route === 'POST /accounts') {
      const init = parseJson(request.rawBody) as Partial<SimAccountInit>
      const account: SimAccountInit = {
        ...init,
        key: init.key ?? `sim-key-${randomId()}`,
        secret: init.secret ?? Buffer.from(`sim-secret-${randomId()}-${randomId()}`).toString('base64'),
        futuresKey: init.futuresKey ?? `sim-futures-key-${randomId()}`,
        futuresSecret: init.futuresSecret ?? Buffer.from(`sim-futures-secret-${randomId()}`).toString('base64'),
      }
      state.addAccount(account)
      return { status: 200, body: account }
    }
    if (route === 'POST /faults') {
      state.faults = parseJson(request.rawBody) as SimState['faults']
      return { status: 200, body: state.faults }
    }
    if (route === 'GET /requests') {
      const key = request.query.get('key') ?? undefined
      const path = request.query.get('route') ?? undefined
      const count = key === undefined && path ? state.requestLog.countRoute(path) : state.requestLog.count(key, path)
      return { status: 200, body: { count } }
    }
    if (route === 'GET /orders') {
      const key = request.query.get('key') ?? ''
      const engine = getSpotEngine(state)
      const view = (order: Parameters<typeof _restOrder>[0]) => ({ txid: order.txid, ..._restOrder(order, true) })
      return {
        status: 200,
        body: { open: engine.openOrders(key).map(view), closed: engine.closedOrders(key).map(view) },
      }
    }
    if (route === 'GET /balances')
      return { status: 200, body: getSpotEngine(state).balances(request.query.get('key') ?? '') }
    if (route === 'POST /tick') {
      const { count } = parseJson(request.rawBody) as { count?: number }
      const ticks = Math.min(Math.max(Math.floor(Number(count ?? 1)) || 1, 1), 10_000)
      getSpotEngine(state)
      let events = 0
      for (let tick = 0; tick < ticks; tick++) events += getSpotMarket(state).step().length
      return { status: 200, body: { ticks, events } }
    }
    return { status: 404, body: { error: 'unknown simulator control route' } }
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    return {}
  }
}

function randomId(): string {
  return Math.random().toString(36).slice(2, 10)
}
