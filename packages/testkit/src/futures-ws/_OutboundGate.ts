import type { WebSocket } from 'ws'
import type { SimFaults } from '../state/SimFaults.js'

/**
 * Every frame the Futures WS server sends goes through here, so faults apply per connection: `delayMs`,
 * `dropEveryN` (abrupt terminate after every N frames), `close1008AfterN` (policy-violation close after N frames),
 * and `skipFuturesSeqEveryN` (one `book` delta in N is never sent, so the client sees a `seq` gap).
 */
export class _OutboundGate {
  readonly #socket: WebSocket
  readonly #faults: SimFaults
  #sent = 0
  #bookDeltas = 0
  #closed = false

  constructor(socket: WebSocket, faults: SimFaults) {
    this.#socket = socket
    this.#faults = faults
    socket.once('close', () => {
      this.#closed = true
    })
  }

  get closed(): boolean {
    return this.#closed || this.#socket.readyState !== this.#socket.OPEN
  }

  /** Sends a book delta unless the seq-skip fault swallows this one. */
  sendBookDelta(message: Record<string, unknown>): void {
    this.#bookDeltas += 1
    const every = this.#faults.skipFuturesSeqEveryN ?? 0
    if (every > 0 && this.#bookDeltas % every === 0) return
    this.send(message)
  }

  send(message: unknown): void {
    if (this.closed) return
    const text = JSON.stringify(message)
    const delay = this.#faults.delayMs ?? 0
    if (delay > 0) setTimeout(() => this.#write(text), delay)
    else this.#write(text)
  }

  #write(text: string): void {
    if (this.closed) return
    this.#socket.send(text)
    this.#sent += 1
    const close1008 = this.#faults.close1008AfterN ?? 0
    if (close1008 > 0 && this.#sent >= close1008) {
      this.#closed = true
      this.#socket.close(1008, 'Policy violation')
      return
    }
    const dropEvery = this.#faults.dropEveryN ?? 0
    if (dropEvery > 0 && this.#sent % dropEvery === 0) {
      this.#closed = true
      this.#socket.terminate()
    }
  }
}
