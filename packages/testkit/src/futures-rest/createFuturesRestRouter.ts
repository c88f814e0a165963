import type { SimState } from '../state/SimState.js'
import type { SimHttpRouter } from '../types.js'

/** Futures REST: `/derivatives/api/v3/*`, `/api/charts/v1/*`, `/api/history/v2|v3/*`. */
export function createFuturesRestRouter(_state: SimState): SimHttpRouter {
  return () => undefined
}
