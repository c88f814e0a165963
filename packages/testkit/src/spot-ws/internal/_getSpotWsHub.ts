import type { SimState } from '../../state/SimState.js'
import { _createFallbackEngine } from './_FallbackEngine.js'
import { _createFallbackMarket } from './_FallbackMarket.js'
import { SpotWsHub } from './_SpotWsHub.js'
import { _validateToken } from './_validateToken.js'

/** The Spot WS hub of a simulator (one per state), created on the first connection. */
export function _getSpotWsHub(state: SimState): SpotWsHub {
  return state.domain('spot-ws', () => {
    const market = _createFallbackMarket(state)
    const engine = _createFallbackEngine(state, market)
    return new SpotWsHub(state, market, engine, (token) => _validateToken(state, token))
  })
}
