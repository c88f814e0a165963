import type { FuturesWsClientEvents } from '../FuturesWsClientEvents.js'
import type { FuturesWsClientOptions } from '../FuturesWsClientOptions.js'
import { _createPacer } from './_createPacer.js'
import type { _FuturesWsState } from './_FuturesWsState.js'
import { _Keepalive } from './_Keepalive.js'
import { _SubscriptionRegistry } from './_SubscriptionRegistry.js'

/** The initial (idle) state of a `FuturesWsClient`, with the option defaults applied. */
export function _createFuturesWsState(
  options: FuturesWsClientOptions,
  emit: <E extends keyof FuturesWsClientEvents>(event: E, ...args: FuturesWsClientEvents[E]) => void,
): _FuturesWsState {
  return {
    options: {
      pingInterval: options.pingInterval ?? 30_000,
      requestTimeout: options.requestTimeout ?? 10_000,
      maxReconnects: options.maxReconnects ?? 7,
      initialBackoff: options.initialBackoff ?? 1000,
      maxBackoff: options.maxBackoff ?? 60_000,
      streamHighWaterMark: options.streamHighWaterMark ?? 10_000,
    },
    pacer: _createPacer(options.maxRequestsPerSecond ?? 80),
    keepalive: new _Keepalive(),
    registry: new _SubscriptionRegistry(),
    challenge: undefined,
    socket: undefined,
    generation: 0,
    status: 'idle',
    hasConnected: false,
    attempt: 0,
    replay: [],
    reconnectTimer: undefined,
    connecting: undefined,
    emit,
  }
}
