import type { SpotWsClient } from '@k/spot-ws'
import type { _TraderContext } from './_TraderContext.js'

/** The path chosen for one order call: the open WS client, or REST with why (absent with `ws: false`). */
export type _Route = { path: 'ws'; ws: SpotWsClient } | { path: 'rest'; reason?: string }

/**
 * Picks the path of an order call: WS while the authenticated connection is up, unless `reason` says the call
 * cannot go over WS (e.g. an order type WS v2 does not take); REST otherwise.
 */
export function _routeOrder(ctx: _TraderContext, reason?: string): _Route {
  const ws = ctx.ws
  if (!ws || !ctx.privateUp) return { path: 'rest', ...(ctx.options.ws === false ? {} : { reason: 'ws-down' }) }
  if (reason !== undefined) return { path: 'rest', reason }
  return { path: 'ws', ws }
}
