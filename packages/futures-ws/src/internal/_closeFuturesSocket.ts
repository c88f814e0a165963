import type { _FuturesWsState } from './_FuturesWsState.js'
import { _SubscriptionRegistry } from './_SubscriptionRegistry.js'
import { _notConnected } from './_wsErrors.js'

/**
 * `FuturesWsClient.close()`: stops for good (no reconnect), rejects a pending connect and every pending request,
 * forgets the subscriptions, and closes the socket with code 1000 (waiting at most 2 s for its close event).
 */
export async function _closeFuturesSocket(state: _FuturesWsState): Promise<void> {
  state.status = 'closed'
  clearTimeout(state.reconnectTimer)
  state.keepalive.stop()
  state.pacer.clear()
  const error = _notConnected('ws close', 'closed by the client')
  state.connecting?.reject(error)
  state.connecting = undefined
  state.registry.rejectAll(error)
  state.registry = new _SubscriptionRegistry()
  state.replay = []
  state.hasConnected = false
  const socket = state.socket
  state.socket = undefined
  state.generation += 1
  if (!socket || socket.readyState === 3) return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000)
    socket.onclose = (event) => {
      clearTimeout(timer)
      state.emit('close', { code: event.code, reason: String(event.reason ?? '') })
      resolve()
    }
    socket.onerror = () => {}
    socket.close(1000, 'client closed')
  })
}
