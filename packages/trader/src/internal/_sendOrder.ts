import { isKrakenError } from '@k/errors'
import type { SpotWsClient } from '@k/spot-ws'
import type { OrderMethod, OrderPath } from '../types.js'
import type { _Route } from './_routeOrder.js'
import type { _TraderContext } from './_TraderContext.js'

/**
 * Sends one order call over the chosen path and reports it (`order` event). The only switch from WS to REST is a
 * provable non-send (`EWs:NotConnected`: the socket was closed before anything was written); a lost answer
 * (`details.sent: 'maybe'`) is reported as outcome `unknown` and never re-sent.
 */
export async function _sendOrder<T>(
  ctx: _TraderContext,
  method: OrderMethod,
  pair: string | undefined,
  route: _Route,
  viaRest: () => Promise<T>,
  viaWs: (ws: SpotWsClient) => Promise<T>,
): Promise<T> {
  let path: OrderPath = route.path
  let reason = route.path === 'rest' ? route.reason : undefined
  try {
    if (route.path === 'ws') {
      try {
        const result = await viaWs(route.ws)
        ctx.emit('order', { path, method, pair, outcome: 'ok' })
        return result
      } catch (error) {
        if (!(isKrakenError(error) && error.code === 'EWs:NotConnected')) throw error
        path = 'rest'
        reason = 'ws-not-open'
      }
    }
    const result = await viaRest()
    ctx.emit('order', { path, method, pair, reason, outcome: 'ok' })
    return result
  } catch (error) {
    if (isKrakenError(error)) {
      const outcome = error.details.sent === 'maybe' ? 'unknown' : 'error'
      ctx.emit('order', { path, method, pair, reason, outcome, error })
    }
    throw error
  }
}
