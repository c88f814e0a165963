import type { SimState } from '../state/SimState.js'
import type { SimWsHandler } from '../types.js'
import { _getSpotWsHub } from './internal/_getSpotWsHub.js'
import { _handleMessage } from './internal/_handleMessage.js'
import { type SessionEndpoint, SpotWsSession } from './internal/_SpotWsSession.js'

/**
 * Spot WS v2 (public `wss://ws.kraken.com/v2` and auth `wss://ws-auth.kraken.com/v2`) and the Unified WebSocket
 * (`wss://uws.kraken.com/v2/public|private`, the same v2 messages plus `asset_class`, authenticated with the Spot
 * token). Every connection starts with a `status` message; see the README for channels, methods and faults.
 */
export function createSpotWsHandlers(state: SimState): {
  public: SimWsHandler
  private: SimWsHandler
  unifiedPublic: SimWsHandler
  unifiedPrivate: SimWsHandler
} {
  const handler =
    (endpoint: SessionEndpoint): SimWsHandler =>
    (socket, _request, faults) => {
      const hub = _getSpotWsHub(state)
      const session = new SpotWsSession(socket, hub, endpoint, { ...faults })
      hub.add(session)
      socket.on('message', (data, isBinary) => {
        const text = isBinary || typeof data !== 'string' ? Buffer.from(data as Buffer).toString('utf8') : data
        _handleMessage(session, text)
      })
      socket.on('close', () => hub.remove(session))
      socket.on('error', () => hub.remove(session))
      const status = {
        channel: 'status',
        type: 'update',
        data: [{ api_version: 'v2', connection_id: hub.nextConnectionId(), system: 'online', version: '2.0.10' }],
      }
      session.send(JSON.stringify(status))
    }
  return {
    public: handler({ isPrivate: false, isUnified: false }),
    private: handler({ isPrivate: true, isUnified: false }),
    unifiedPublic: handler({ isPrivate: false, isUnified: true }),
    unifiedPrivate: handler({ isPrivate: true, isUnified: true }),
  }
}
