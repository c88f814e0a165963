import type { SimState } from '../state/SimState.js'
import type { SimWsHandler } from '../types.js'

/** Spot WS v2 (public and auth) and the Unified WebSocket (public and private). */
export function createSpotWsHandlers(_state: SimState): {
  public: SimWsHandler
  private: SimWsHandler
  unifiedPublic: SimWsHandler
  unifiedPrivate: SimWsHandler
} {
  const notYet: SimWsHandler = (socket) => socket.close(1011, 'not implemented')
  return { public: notYet, private: notYet, unifiedPublic: notYet, unifiedPrivate: notYet }
}
