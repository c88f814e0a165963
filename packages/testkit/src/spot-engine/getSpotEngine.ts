import { getSpotMarket } from '../spot-market/getSpotMarket.js'
import type { SimState } from '../state/SimState.js'
import { SpotEngine } from './SpotEngine.js'

/**
 * The simulator's one spot engine (created on first use): accounts come from `state.accounts`, fills use
 * `getSpotMarket(state)`. Both REST and WS v2 trading act on it.
 *
 * @example
 * const engine = getSpotEngine(sim.state)
 * engine.onEvent((event) => console.log(event.kind))
 */
export function getSpotEngine(state: SimState): SpotEngine {
  return state.domain('spot-engine', () => {
    const engine = new SpotEngine({
      seed: state.seed,
      market: getSpotMarket(state),
      account: (key) => state.accounts.get(key),
    })
    state.closers.push(() => engine.dispose())
    return engine
  })
}
