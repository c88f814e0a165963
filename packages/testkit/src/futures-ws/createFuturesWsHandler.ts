import type { SimState } from '../state/SimState.js'
import type { SimWsHandler } from '../types.js'

/** Futures WS v1: challenge auth, public and private feeds. */
export function createFuturesWsHandler(_state: SimState): SimWsHandler {
  return (socket) => socket.close(1011, 'not implemented')
}
