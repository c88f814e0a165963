import type { SimState } from '../state/SimState.js'
import type { SimHttpRouter } from '../types.js'

/** Spot REST: `/0/public/*` and `/0/private/*`. */
export function createSpotRestRouter(_state: SimState): SimHttpRouter {
  return (request) => {
    if (request.path === '/0/public/Time') {
      const now = Date.now()
      return { status: 200, body: { error: [], result: { unixtime: Math.floor(now / 1000), rfc1123: new Date(now).toUTCString() } } }
    }
    return undefined
  }
}
