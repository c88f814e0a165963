import type { SimState } from '../state/SimState.js'
import { FuturesEngine } from './FuturesEngine.js'

/**
 * The one FuturesEngine of a simulator (created on first use), shared by the Futures REST router and the Futures
 * WebSocket server so both see the same orders, fills, positions and market.
 *
 * @example
 * const engine = getFuturesEngine(sim.state)
 * const stop = engine.onEvent((event) => console.log(event.kind))
 */
export function getFuturesEngine(state: SimState): FuturesEngine {
  return state.domain('futures-engine', () => new FuturesEngine(state))
}
