import { _Challenge } from './_Challenge.js'
import type { _FuturesSocket } from './_FuturesSocket.js'
import type { _FuturesWsState } from './_FuturesWsState.js'
import { _replayFuturesSubscriptions } from './_replayFuturesSubscriptions.js'

const OPEN = 1

/**
 * The current socket opened: the state becomes `open`, an authenticated client gets a fresh challenge for this
 * connection (requested through the pacer, signed with `sign`), keepalive starts, `open` is emitted, a pending
 * `connect()` resolves, and the subscriptions are replayed.
 */
export function _onFuturesSocketOpen(
  state: _FuturesWsState,
  socket: _FuturesSocket,
  key: string | undefined,
  sign: ((challenge: string) => Promise<string>) | undefined,
): void {
  const isReconnect = state.hasConnected
  state.hasConnected = true
  state.attempt = 0
  state.status = 'open'
  if (key && sign) {
    state.challenge = new _Challenge({
      key,
      sign,
      request: (message) =>
        state.pacer.schedule(() => socket.readyState === OPEN && socket.send(JSON.stringify(message))),
      timeoutMs: state.options.requestTimeout,
    })
  }
  state.keepalive.start(socket as never, state.options.pingInterval)
  state.emit('open')
  state.connecting?.resolve()
  state.connecting = undefined
  void _replayFuturesSubscriptions(state, isReconnect)
}
