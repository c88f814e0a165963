import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { getSpotMarket } from '../../spot-market/getSpotMarket.js'
import { validateWsToken } from '../../spot-rest/wsTokens.js'
import type { SimState } from '../../state/SimState.js'
import { SpotWsHub } from './_SpotWsHub.js'
import { _spotEngineAdapter } from './_spotEngineAdapter.js'
import { _spotMarketAdapter } from './_spotMarketAdapter.js'

/** The Spot WS hub of a simulator (one per state), created on the first connection. */
export function _getSpotWsHub(state: SimState): SpotWsHub {
  return state.domain('spot-ws', () => {
    const market = _spotMarketAdapter(getSpotMarket(state))
    const engine = _spotEngineAdapter(state, getSpotEngine(state))
    return new SpotWsHub(state, market, engine, (token) =>
      typeof token === 'string' ? validateWsToken(state, token) : undefined,
    )
  })
}
