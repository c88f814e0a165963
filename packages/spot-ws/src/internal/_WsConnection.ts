import { KrakenError, KrakenMaxReconnectError, KrakenNetworkError } from '@k/errors'
import type { WsConnectionName } from '../types/WsConnectionName.js'
import { _backoffDelay } from './_backoffDelay.js'

/** The part of the WebSocket API the client uses (browser WebSocket, `ws`, isomorphic-ws). */
export type WebSocketLike = {
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: { code: number; reason: string }) => void) | null
  onerror: ((event: unknown) => void) | null
}
export type WebSocketConstructor = new (url: string) => WebSocketLike

export type _WsConnectionOptions = {
  name: WsConnectionName
  url: string
  WebSocket: WebSocketConstructor
  maxReconnects: number
  initialBackoffMs: number
  maxBackoffMs: number
  pingIntervalMs: number
  connectTimeoutMs: number
  /** Every text frame, in order, synchronously. */
  onText(text: string, name: WsConnectionName): void
  /** After every successful open (first connect and reconnects): token refresh and subscription replay. */
  onOpen(isReconnect: boolean): Promise<void>
  /** The socket went away (pending requests must be failed). */
  onDown(info: { code: number; reason: string }): void
  onReconnecting(info: { connection: WsConnectionName; attempt: number; delayMs: number }): void
  onReconnected(info: { connection: WsConnectionName; attempt: number }): void
  /** Terminal failure: close code 1008 or too many reconnect attempts. */
  onFatal(error: KrakenError): void
  onPing(): string
}

const OPEN = 1

/**
 * One WebSocket with Kraken's keepalive (an app-level `ping` every `pingIntervalMs`; a socket silent for three
 * intervals is considered dead) and automatic reconnects with jittered exponential backoff, bounded by
 * `maxReconnects`. Close code 1008 (policy violation) is terminal: Kraken uses it for bans and abuse.
 */
export class _WsConnection {
  #socket: WebSocketLike | undefined
  #closedByUser = false
  #reconnecting = false
  #pingTimer: ReturnType<typeof setInterval> | undefined
  #lastReceived = 0
  #sleep: { timer: ReturnType<typeof setTimeout>; resolve: () => void } | undefined

  constructor(readonly options: _WsConnectionOptions) {}

  get isOpen(): boolean {
    return this.#socket?.readyState === OPEN
  }

  /** Opens the first socket (no retry: a wrong URL fails fast) and runs `onOpen(false)`. */
  async connect(): Promise<void> {
    this.#closedByUser = false
    await this.#open()
    await this.options.onOpen(false)
  }

  /** Sends one frame; throws a KrakenNetworkError (`sent: 'no'`) when the socket is not open. */
  send(text: string): void {
    const socket = this.#socket
    if (!socket || socket.readyState !== OPEN) {
      throw new KrakenNetworkError(`The ${this.options.name} WebSocket is not open; nothing was sent.`, {
        code: 'EWs:NotConnected',
        retryable: true,
        details: { sent: 'no' },
      })
    }
    socket.send(text)
  }

  /** Closes for good (no reconnect). */
  close(): Promise<void> {
    this.#closedByUser = true
    this.#stopKeepalive()
    if (this.#sleep) {
      clearTimeout(this.#sleep.timer)
      this.#sleep.resolve()
      this.#sleep = undefined
    }
    const socket = this.#socket
    this.#socket = undefined
    if (!socket || socket.readyState > OPEN) return Promise.resolve()
    return new Promise((resolve) => {
      const done = (info: { code: number; reason: string }) => {
        clearTimeout(timer)
        this.options.onDown(info)
        resolve()
      }
      const timer = setTimeout(() => done({ code: 1006, reason: 'no close frame within 1000 ms' }), 1000)
      socket.onclose = (event) => done({ code: event.code, reason: event.reason })
      socket.onerror = null
      socket.onmessage = null
      socket.close(1000, 'client closed')
    })
  }

  #open(): Promise<void> {
    const { url, WebSocket, connectTimeoutMs, name } = this.options
    return new Promise((resolve, reject) => {
      let settled = false
      const socket = new WebSocket(url)
      const fail = (reason: string, cause?: unknown) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        socket.onopen = socket.onclose = socket.onerror = socket.onmessage = null
        try {
          socket.close()
        } catch {}
        reject(
          new KrakenNetworkError(`Could not open the ${name} WebSocket: ${reason}.`, {
            code: 'EWs:ConnectFailed',
            retryable: true,
            details: { sent: 'no', endpoint: url },
            cause,
          }),
        )
      }
      const timer = setTimeout(() => fail(`no answer within ${connectTimeoutMs} ms`), connectTimeoutMs)
      socket.onerror = (event) => fail('connection error', event)
      socket.onclose = (event) => fail(`closed with code ${event.code}`, event)
      socket.onopen = () => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        this.#attach(socket)
        resolve()
      }
    })
  }

  #attach(socket: WebSocketLike): void {
    this.#socket = socket
    this.#lastReceived = Date.now()
    const { name, onText } = this.options
    // Node's `ws` (via isomorphic-ws) has an EventEmitter API that skips building a MessageEvent per frame; browsers
    // (and other WebSocket implementations) get the standard `onmessage`.
    const emitter = socket as unknown as {
      on?: (event: 'message', listener: (data: { toString(): string }) => void) => void
    }
    if (typeof emitter.on === 'function') {
      emitter.on('message', (data) => {
        this.#lastReceived = Date.now()
        onText(typeof data === 'string' ? data : data.toString(), name)
      })
    } else {
      socket.onmessage = (event) => {
        this.#lastReceived = Date.now()
        const data = event.data
        onText(typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer | Uint8Array), name)
      }
    }
    socket.onerror = () => {
      // A close event always follows; reconnect handling lives there.
    }
    socket.onclose = (event) => this.#onClose(socket, event)
    this.#startKeepalive(socket)
  }

  #onClose(socket: WebSocketLike, event: { code: number; reason: string }): void {
    if (this.#socket !== socket) return
    this.#socket = undefined
    this.#stopKeepalive()
    this.options.onDown({ code: event.code, reason: event.reason })
    if (this.#closedByUser) return
    if (event.code === 1008) {
      // Kraken quirk: 1008 (policy violation) means the connection was refused on purpose — reconnecting would
      // only repeat it, so it is terminal.
      this.options.onFatal(
        new KrakenError(
          `Kraken closed the ${this.options.name} WebSocket with code 1008 (policy violation); not reconnecting.`,
          {
            code: 'EWs:1008',
            category: 'client',
            retryable: false,
            details: { status: 1008, body: event.reason },
          },
        ),
      )
      return
    }
    void this.#reconnect()
  }

  async #reconnect(): Promise<void> {
    if (this.#reconnecting) return
    this.#reconnecting = true
    const { maxReconnects, initialBackoffMs, maxBackoffMs, name } = this.options
    try {
      for (let attempt = 1; attempt <= maxReconnects; attempt++) {
        const delayMs = _backoffDelay(attempt, initialBackoffMs, maxBackoffMs)
        this.options.onReconnecting({ connection: name, attempt, delayMs })
        await new Promise<void>((resolve) => {
          this.#sleep = { timer: setTimeout(resolve, delayMs), resolve }
        })
        this.#sleep = undefined
        if (this.#closedByUser) return
        try {
          await this.#open()
        } catch {
          continue
        }
        if (this.#closedByUser) {
          await this.close()
          return
        }
        try {
          // Token refresh (private) and replay; if the token cannot be fetched the attempt failed: drop the socket.
          await this.options.onOpen(true)
        } catch {
          const socket = this.#socket
          this.#socket = undefined
          this.#stopKeepalive()
          if (socket) {
            socket.onclose = socket.onerror = socket.onmessage = null
            socket.close(1000, 'reconnect setup failed')
          }
          continue
        }
        this.options.onReconnected({ connection: name, attempt })
        return
      }
      this.options.onFatal(
        new KrakenMaxReconnectError(`Gave up reconnecting the ${name} WebSocket after ${maxReconnects} attempts.`, {
          code: 'EWs:MaxReconnect',
          category: 'client',
          retryable: false,
        }),
      )
    } finally {
      this.#reconnecting = false
    }
  }

  #startKeepalive(socket: WebSocketLike): void {
    const { pingIntervalMs } = this.options
    if (!(pingIntervalMs > 0)) return
    this.#pingTimer = setInterval(() => {
      if (Date.now() - this.#lastReceived > pingIntervalMs * 3) {
        // Silent for three ping intervals: the socket is dead even if TCP has not noticed. Drop it and reconnect.
        this.#onClose(socket, { code: 4000, reason: 'keepalive timeout' })
        try {
          const node = socket as { terminate?: () => void }
          if (node.terminate) node.terminate()
          else socket.close(4000, 'keepalive timeout')
        } catch {}
        return
      }
      try {
        socket.send(this.options.onPing())
      } catch {}
    }, pingIntervalMs)
    ;(this.#pingTimer as { unref?: () => void }).unref?.()
  }

  #stopKeepalive(): void {
    if (this.#pingTimer) clearInterval(this.#pingTimer)
    this.#pingTimer = undefined
  }
}
