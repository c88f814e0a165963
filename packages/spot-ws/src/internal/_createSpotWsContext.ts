import type { SpotClient } from '@k/spot-rest'
import IsomorphicWebSocket from 'isomorphic-ws'
import type { SpotWsClientOptions } from '../types/SpotWsClientOptions.js'
import { _createTokenFetcher } from './_fetchWsToken.js'
import { _PendingRequests } from './_PendingRequests.js'
import { _SpotConnections } from './_SpotConnections.js'
import type { _SpotWsContext } from './_SpotWsContext.js'
import { _TokenProvider } from './_TokenProvider.js'
import type { WebSocketConstructor } from './_WsConnection.js'

/**
 * The shared state of one `SpotWsClient`: pending requests, the sockets (isomorphic-ws unless `WebSocket` is given),
 * the single-flight token provider of an authenticated client (`getToken`, or `GetWebSocketsToken` through the
 * client's REST client) and the `req_id` counter. `client` is read through the instance, so subclasses are honoured.
 */
export function _createSpotWsContext(
  options: SpotWsClientOptions,
  client: Pick<_SpotWsContext, 'isAuthenticated' | 'prepareParams' | 'emit'> & { restClient(): SpotClient },
): _SpotWsContext {
  let tokens: _TokenProvider | undefined
  if (client.isAuthenticated()) {
    const timeout = options.requestTimeout ?? 10_000
    tokens = new _TokenProvider(options.getToken ?? (() => _createTokenFetcher(client.restClient(), timeout)()))
  }
  let nextReqId = 1
  return {
    options,
    pending: new _PendingRequests(),
    connections: new _SpotConnections(options.WebSocket ?? (IsomorphicWebSocket as unknown as WebSocketConstructor)),
    tokens,
    isAuthenticated: client.isAuthenticated,
    nextReqId: () => nextReqId++,
    prepareParams: client.prepareParams,
    emit: client.emit,
  }
}
