import { getFuturesEngine } from '../futures-engine/getFuturesEngine.js'
import type { SimState } from '../state/SimState.js'

/**
 * The one seam between the Futures WS server and the futures engine (owned by the Futures REST/engine module), so
 * REST orders show up on the WS feeds. Everything else in this folder only uses what this returns.
 */
export function _engine(state: SimState) {
  return getFuturesEngine(state)
}

export type _Engine = ReturnType<typeof _engine>
