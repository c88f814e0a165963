/** The part of a socket the keepalive needs (Node's `ws` has ping/pong; browsers do not expose them). */
type PingableSocket = {
  ping?: () => void
  terminate?: () => void
  on?: (event: 'pong', listener: () => void) => unknown
}

/**
 * Kraken closes a Futures WS connection without traffic for 60 s ("send a ping request at least every 60 seconds").
 * Like Kraken's sample implementation this sends WebSocket protocol pings; a ping left unanswered until the next
 * one terminates the socket, which triggers the normal reconnect. Browsers answer server pings themselves but
 * cannot send them, so there this is a no-op (subscribe to `heartbeat` to keep traffic flowing).
 */
export class _Keepalive {
  #timer: ReturnType<typeof setInterval> | undefined

  start(socket: PingableSocket, intervalMs: number): void {
    this.stop()
    if (typeof socket.ping !== 'function') return
    let awaitingPong = false
    socket.on?.('pong', () => {
      awaitingPong = false
    })
    this.#timer = setInterval(() => {
      if (awaitingPong) {
        socket.terminate?.()
        return
      }
      awaitingPong = true
      try {
        socket.ping?.()
      } catch {
        socket.terminate?.()
      }
    }, intervalMs)
    ;(this.#timer as { unref?: () => void }).unref?.()
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer)
    this.#timer = undefined
  }
}
