import { getFuturesEngine } from '../../futures-engine/getFuturesEngine.js'
import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { getSpotMarket } from '../../spot-market/getSpotMarket.js'
import { validateWsToken } from '../../spot-rest/wsTokens.js'
import type { SimState } from '../../state/SimState.js'
import { _futuresMarketAdapter } from './_futuresMarketAdapter.js'
import { SpotWsHub } from './_SpotWsHub.js'
import { _spotEngineAdapter } from './_spotEngineAdapter.js'
import { _spotMarketAdapter } from './_spotMarketAdapter.js'

/** The Spot WS hub of a simulator (one per state), created on the first connection. */
export function _getSpotWsHub(state: SimState): SpotWsHub {
  return state.domain('spot-ws', () => {
    const market = _spotMarketAdapter(getSpotMarket(state))
    const engine = _spotEngineAdapter(state, getSpotEngine(state))
    const validate = (token: unknown) => (typeof token === 'string' ? validateWsToken(state, token) : undefined)
    return new SpotWsHub(state, market, engine, validate, () => _futuresMarketAdapter(getFuturesEngine(state)))
  })
}
