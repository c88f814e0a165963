import type { KrakenError } from '@k/errors'
import type { _FuturesWsState } from './_FuturesWsState.js'

/**
 * `FuturesWsClient.connect()`: resolves at once when open, joins a connect or reconnect under way (no second
 * socket), otherwise calls `start` (which opens the first socket) and resolves once a socket is open.
 */
export function _connectFutures(state: _FuturesWsState, start: () => void): Promise<void> {
  if (state.status === 'open') return Promise.resolve()
  if (state.connecting) return state.connecting.promise
  let resolve!: () => void
  let reject!: (error: KrakenError) => void
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve
    reject = onReject
  })
  state.connecting = { promise, resolve, reject }
  // A reconnect is already under way: resolve with it instead of opening a second socket.
  if (state.status === 'reconnecting' || state.status === 'connecting') return promise
  state.attempt = 0
  start()
  return promise
}
