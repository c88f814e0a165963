import type { WebSocketConstructor } from '../FuturesWsClientOptions.js'
import type { _FuturesSocket } from './_FuturesSocket.js'
import type { _FuturesWsState } from './_FuturesWsState.js'

/** What the client does on the events of the socket it opened (only while that socket is the current one). */
export type _FuturesSocketHandlers = {
  onOpen(socket: _FuturesSocket): void
  onFrame(data: unknown): void
  onClose(generation: number, code: number, reason: string): void
}

/**
 * Opens a new socket as a new generation (`connecting`, or `reconnecting` once connected before). A constructor
 * that throws (bad URL) is handled like a closed socket, asynchronously.
 */
export function _openFuturesSocket(
  state: _FuturesWsState,
  WebSocket: WebSocketConstructor,
  url: string,
  handlers: _FuturesSocketHandlers,
): void {
  const generation = ++state.generation
  state.status = state.hasConnected ? 'reconnecting' : 'connecting'
  let socket: _FuturesSocket
  try {
    socket = new WebSocket(url) as unknown as _FuturesSocket
  } catch (error) {
    queueMicrotask(() => handlers.onClose(generation, 1006, String(error)))
    return
  }
  state.socket = socket
  const current = () => generation === state.generation
  socket.onopen = () => current() && handlers.onOpen(socket)
  socket.onmessage = (event) => current() && handlers.onFrame(event.data)
  socket.onerror = () => {} // a close event always follows
  socket.onclose = (event) => current() && handlers.onClose(generation, event.code, String(event.reason ?? ''))
}
