import { KrakenAuthenticationError, KrakenError, KrakenMaxReconnectError } from '@k/errors'
import { signFuturesChallenge } from '@k/signing'
import IsomorphicWebSocket from 'isomorphic-ws'
import {
  FUTURES_PRIVATE_FEEDS,
  FUTURES_PUBLIC_FEEDS,
  type FuturesFeed,
  type FuturesPrivateFeed,
  type FuturesPublicFeed,
  isFuturesPrivateFeed,
} from './FuturesFeed.js'
import {
  FUTURES_WS_SANDBOX_URL,
  FUTURES_WS_URL,
  type FuturesWsClientOptions,
  type WebSocketConstructor,
} from './FuturesWsClientOptions.js'
import { _backoffDelay } from './internal/_backoffDelay.js'
import { _Challenge } from './internal/_Challenge.js'
import { _createPacer } from './internal/_createPacer.js'
import { _Emitter } from './internal/_Emitter.js'
import { _Keepalive } from './internal/_Keepalive.js'
import { _parseClientOptions } from './internal/_parseClientOptions.js'
import { _parseSubscribeParameters, type FuturesSubscribeParameters } from './internal/_parseSubscribeParameters.js'
import { _routeEventMessage } from './internal/_routeEventMessage.js'
import { _SubscriptionRegistry, type FuturesSubscription } from './internal/_SubscriptionRegistry.js'
import { _streamFeed } from './internal/_streamFeed.js'
import { _notConnected, _timedOut } from './internal/_wsErrors.js'
import type { FuturesSubscriptionEventMessage } from './messages/FuturesEventMessage.js'
import type { FuturesStreamMessageMap, FuturesWsMessage } from './messages/FuturesWsMessage.js'

/** Events of {@link FuturesWsClient} (same names as @k/spot-ws). */
export type FuturesWsClientEvents = {
  open: []
  close: [info: { code: number; reason: string }]
  /** Every message except the consumed challenge, parsed, plus the frame's exact text. */
  message: [message: FuturesWsMessage, rawText: string]
  reconnecting: [info: { attempt: number; delayMs: number }]
  /** A new connection is open and every subscription was sent again (private ones with a fresh challenge) and answered. */
  reconnected: [info: { subscriptions: FuturesSubscription[] }]
  error: [error: KrakenError]
}

type Socket = {
  readyState: number
  send(text: string): void
  close(code?: number, reason?: string): void
  onopen: ((event: unknown) => void) | null
  onclose: ((event: { code: number; reason: string }) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onerror: ((event: unknown) => void) | null
}
const OPEN = 1

/**
 * Kraken Futures WebSocket v1 client: challenge authentication, public and private feeds, keepalive, reconnect with
 * jittered exponential backoff and subscription replay (paced below Kraken's 100 requests/s).
 *
 * Kraken retires this API on 2027-03-01; the Unified WebSocket (`@k/spot-ws` with `asset_class: 'derivatives'`)
 * replaces it.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/futures-websockets
 * - Python: `kraken.futures.FuturesWSClient`
 *
 * @example
 * import { FuturesWsClient } from '@k/futures-ws'
 * const client = new FuturesWsClient({ key, secret })
 * client.on('message', (message) => console.log(message))
 * await client.connect()
 * await client.subscribe({ feed: 'book', product_ids: ['PF_XBTUSD'] })
 * await client.subscribe({ feed: 'open_orders' })
 */
export class FuturesWsClient extends _Emitter<FuturesWsClientEvents> {
  /** python-kraken-sdk `exception_occur`: true once the client stopped because of an error (max reconnects, 1008). */
  exceptionOccur = false
  readonly url: string
  readonly #key: string | undefined
  readonly #secret: string | undefined
  readonly #callback: FuturesWsClientOptions['callback']
  readonly #WebSocket: WebSocketConstructor
  readonly #options: {
    pingInterval: number
    requestTimeout: number
    maxReconnects: number
    initialBackoff: number
    maxBackoff: number
    streamHighWaterMark: number
  }
  readonly #pacer
  readonly #keepalive = new _Keepalive()
  #registry = new _SubscriptionRegistry()
  #challenge: _Challenge | undefined
  #socket: Socket | undefined
  #generation = 0
  #status: 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed' = 'idle'
  #hasConnected = false
  #attempt = 0
  #replay: Array<{ feed: FuturesFeed; product: string | undefined }> = []
  #reconnectTimer: ReturnType<typeof setTimeout> | undefined
  #connecting: { promise: Promise<void>; resolve(): void; reject(error: KrakenError): void } | undefined

  constructor(options: FuturesWsClientOptions = {}) {
    super()
    _parseClientOptions(options)
    this.#key = options.key || undefined
    this.#secret = options.secret || undefined
    this.#callback = options.callback
    this.url = options.url ?? (options.sandbox ? FUTURES_WS_SANDBOX_URL : FUTURES_WS_URL)
    this.#WebSocket = options.WebSocket ?? (IsomorphicWebSocket as unknown as WebSocketConstructor)
    this.#options = {
      pingInterval: options.pingInterval ?? 30_000,
      requestTimeout: options.requestTimeout ?? 10_000,
      maxReconnects: options.maxReconnects ?? 7,
      initialBackoff: options.initialBackoff ?? 1000,
      maxBackoff: options.maxBackoff ?? 60_000,
      streamHighWaterMark: options.streamHighWaterMark ?? 10_000,
    }
    this.#pacer = _createPacer(options.maxRequestsPerSecond ?? 80)
  }

  /** python-kraken-sdk `get_available_public_subscription_feeds()`. */
  static getAvailablePublicSubscriptionFeeds(): FuturesPublicFeed[] {
    return [...FUTURES_PUBLIC_FEEDS]
  }

  /** python-kraken-sdk `get_available_private_subscription_feeds()`. */
  static getAvailablePrivateSubscriptionFeeds(): FuturesPrivateFeed[] {
    return [...FUTURES_PRIVATE_FEEDS]
  }

  /** python-kraken-sdk `is_auth`: true when both key and secret are set. */
  get isAuth(): boolean {
    return this.#key !== undefined && this.#secret !== undefined
  }

  /** True while a connection is open. */
  get isConnected(): boolean {
    return this.#status === 'open'
  }

  /** Subscriptions Kraken confirmed, one entry per product (python `get_active_subscriptions()`). */
  get activeSubscriptions(): FuturesSubscription[] {
    return this.#registry.active
  }

  /** python-kraken-sdk `get_active_subscriptions()`. */
  getActiveSubscriptions(): FuturesSubscription[] {
    return this.activeSubscriptions
  }

  /**
   * python-kraken-sdk `get_sign_challenge`: `base64(HMAC-SHA512(base64decode(secret), SHA256(challenge)))`.
   * Throws KrakenAuthenticationError when key or secret is missing.
   */
  async getSignChallenge(challenge: string): Promise<string> {
    if (!this.isAuth)
      throw new KrakenAuthenticationError('A Futures API key and secret are required to sign the challenge.', {
        code: 'EMissingCredentials',
        details: { endpoint: 'ws challenge', sent: 'no' },
      })
    return signFuturesChallenge({ secret: this.#secret!, challenge })
  }

  /**
   * Default message handler (python `on_message`): calls `callback` when given. Override it in a subclass to handle
   * messages; `message` listeners run as well.
   */
  onMessage(message: FuturesWsMessage): void | Promise<void> {
    return this.#callback?.(message)
  }

  /** Opens the connection (retrying like a reconnect); resolves once open. */
  connect(): Promise<void> {
    if (this.#status === 'open') return Promise.resolve()
    if (this.#connecting) return this.#connecting.promise
    let resolve!: () => void
    let reject!: (error: KrakenError) => void
    const promise = new Promise<void>((onResolve, onReject) => {
      resolve = onResolve
      reject = onReject
    })
    this.#connecting = { promise, resolve, reject }
    // A reconnect is already under way: resolve with it instead of opening a second socket.
    if (this.#status === 'reconnecting' || this.#status === 'connecting') return promise
    this.exceptionOccur = false
    this.#attempt = 0
    this.#open()
    return promise
  }

  /**
   * Subscribes to a feed (python `subscribe(feed, products)`); public feeds send one request per product like
   * python-kraken-sdk, private feeds carry the signed challenge. Resolves with Kraken's `subscribed` acks; rejects
   * with KrakenValidationError (before sending), KrakenAuthenticationError (wrong key/secret), a KrakenError for
   * `error` / `subscribed_failed`, or KrakenTimeoutError.
   *
   * @example
   * await client.subscribe({ feed: 'ticker', product_ids: ['PI_XBTUSD', 'PF_ETHUSD'] })
   */
  subscribe(parameters: FuturesSubscribeParameters): Promise<FuturesSubscriptionEventMessage[]> {
    return this.#requestAll('subscribe', parameters)
  }

  /** Unsubscribes (python `unsubscribe(feed, products)`); resolves with Kraken's `unsubscribed` acks. */
  unsubscribe(parameters: FuturesSubscribeParameters): Promise<FuturesSubscriptionEventMessage[]> {
    return this.#requestAll('unsubscribe', parameters)
  }

  /**
   * An async iterator over one feed's messages (its snapshot and updates, typed by feed). Subscribes when created and
   * unsubscribes when the loop ends; buffers at most `highWaterMark` messages, then fails with a KrakenError (a
   * consumer that fell that far behind must resync). Same shape as @k/spot-ws `stream()`.
   *
   * @example
   * for await (const message of client.stream({ feed: 'book', product_ids: ['PF_XBTUSD'] })) {
   *   if (message.feed === 'book') console.log(message.seq, message.side, message.price, message.qty)
   * }
   */
  stream<Feed extends FuturesFeed>(
    parameters: FuturesSubscribeParameters & { feed: Feed },
    options: { highWaterMark?: number; subscribe?: boolean } = {},
  ): AsyncIterableIterator<FuturesStreamMessageMap[Feed]> {
    _parseSubscribeParameters(parameters, 'stream')
    return _streamFeed(this, parameters, {
      limit: options.highWaterMark ?? this.#options.streamHighWaterMark,
      subscribe: options.subscribe !== false,
      isClosed: () => this.#status === 'closed',
    })
  }

  /** Closes the connection for good (no reconnect); pending requests reject. */
  async close(): Promise<void> {
    this.#status = 'closed'
    clearTimeout(this.#reconnectTimer)
    this.#keepalive.stop()
    this.#pacer.clear()
    const error = _notConnected('ws close', 'closed by the client')
    this.#connecting?.reject(error)
    this.#connecting = undefined
    this.#registry.rejectAll(error)
    this.#registry = new _SubscriptionRegistry()
    this.#replay = []
    this.#hasConnected = false
    const socket = this.#socket
    this.#socket = undefined
    this.#generation += 1
    if (!socket || socket.readyState === 3) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000)
      socket.onclose = (event) => {
        clearTimeout(timer)
        this.emit('close', { code: event.code, reason: String(event.reason ?? '') })
        resolve()
      }
      socket.onerror = () => {}
      socket.close(1000, 'client closed')
    })
  }

  /** A safe summary: never the key or secret. */
  toJSON(): Record<string, unknown> {
    return { url: this.url, isAuth: this.isAuth, status: this.#status, activeSubscriptions: this.activeSubscriptions }
  }

  async #requestAll(kind: 'subscribe' | 'unsubscribe', parameters: FuturesSubscribeParameters) {
    const { feed, product_ids } = _parseSubscribeParameters(parameters, kind)
    if (isFuturesPrivateFeed(feed) && !this.isAuth) {
      throw new KrakenAuthenticationError(`The private feed ${feed} needs a Futures API key and secret.`, {
        code: 'EMissingCredentials',
        details: { endpoint: `ws ${kind} ${feed}`, sent: 'no' },
      })
    }
    if (this.#status === 'idle' || this.#status === 'closed')
      throw _notConnected(`ws ${kind} ${feed}`, 'call connect() first')
    if (!this.#hasConnected) await this.#connecting?.promise
    return Promise.all((product_ids ?? [undefined]).map((product) => this.#request(kind, feed, product, false)))
  }

  #request(
    kind: 'subscribe' | 'unsubscribe',
    feed: FuturesFeed,
    product: string | undefined,
    isReplay: boolean,
  ): Promise<FuturesSubscriptionEventMessage> {
    const ack = (event: 'subscribed' | 'unsubscribed') => ({
      event,
      feed,
      ...(product === undefined ? {} : { product_ids: [product] }),
    })
    if (!isReplay && kind === 'subscribe' && this.#registry.isActive(feed, product))
      return Promise.resolve(ack('subscribed'))
    if (kind === 'unsubscribe' && this.#status !== 'open') {
      // Disconnected: Kraken already forgot the subscription; just do not replay it.
      this.#registry.drop(feed, product)
      this.#replay = this.#replay.filter((item) => item.feed !== feed || item.product !== product)
      return Promise.resolve(ack('unsubscribed'))
    }
    const endpoint = `ws ${kind} ${feed}`
    const { entry } = this.#registry.track(kind, feed, product, this.#options.requestTimeout, () =>
      _timedOut(endpoint, this.#options.requestTimeout),
    )
    if (this.#status === 'open' && entry.queuedIn !== this.#generation) {
      entry.queuedIn = this.#generation
      void this.#send(entry)
    }
    return entry.promise
  }

  async #send(entry: {
    kind: 'subscribe' | 'unsubscribe'
    feed: FuturesFeed
    product: string | undefined
    sent: boolean
  }) {
    const generation = this.#generation
    let message: Record<string, unknown> = {
      event: entry.kind,
      feed: entry.feed,
      ...(entry.product === undefined ? {} : { product_ids: [entry.product] }),
    }
    if (isFuturesPrivateFeed(entry.feed)) {
      try {
        message = { ...message, ...(await this.#challenge!.fields()) }
      } catch {
        return // the connection dropped or Kraken never answered: the request is replayed or times out
      }
    }
    this.#pacer.schedule(() => {
      if (generation !== this.#generation || this.#socket?.readyState !== OPEN) return
      this.#socket.send(JSON.stringify(message))
      entry.sent = true
    })
  }

  #open(): void {
    const generation = ++this.#generation
    this.#status = this.#hasConnected ? 'reconnecting' : 'connecting'
    let socket: Socket
    try {
      socket = new this.#WebSocket(this.url) as unknown as Socket
    } catch (error) {
      queueMicrotask(() => this.#onClose(generation, 1006, String(error)))
      return
    }
    this.#socket = socket
    const current = () => generation === this.#generation
    socket.onopen = () => current() && this.#onOpen(socket)
    socket.onmessage = (event) => current() && this.#onFrame(event.data)
    socket.onerror = () => {} // a close event always follows
    socket.onclose = (event) => current() && this.#onClose(generation, event.code, String(event.reason ?? ''))
  }

  #onOpen(socket: Socket): void {
    const isReconnect = this.#hasConnected
    this.#hasConnected = true
    this.#attempt = 0
    this.#status = 'open'
    if (this.#key && this.#secret) {
      this.#challenge = new _Challenge({
        key: this.#key,
        sign: (challenge) => this.getSignChallenge(challenge),
        request: (message) =>
          this.#pacer.schedule(() => socket.readyState === OPEN && socket.send(JSON.stringify(message))),
        timeoutMs: this.#options.requestTimeout,
      })
    }
    this.#keepalive.start(socket as never, this.#options.pingInterval)
    this.emit('open')
    this.#connecting?.resolve()
    this.#connecting = undefined
    void this.#replaySubscriptions(isReconnect)
  }

  /** Sends every subscription again (after a reconnect) plus requests made while disconnected. */
  async #replaySubscriptions(isReconnect: boolean): Promise<void> {
    const generation = this.#generation
    const unique = new Map<string, { feed: FuturesFeed; product: string | undefined }>()
    for (const item of [...this.#replay, ...this.#registry.pendingSubscribes()])
      unique.set(`${item.feed}|${item.product ?? ''}`, item)
    const list = [...unique.values()]
    this.#replay = []
    if (list.length === 0 && !isReconnect) return
    const results = await Promise.allSettled(
      list.map(({ feed, product }) => this.#request('subscribe', feed, product, true)),
    )
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') return
      const { feed, product } = list[index]!
      this.#registry.drop(feed, product)
      if (generation === this.#generation) this.emit('error', result.reason as KrakenError)
    })
    if (isReconnect && generation === this.#generation && this.#status === 'open')
      this.emit('reconnected', { subscriptions: this.activeSubscriptions })
  }

  #onFrame(data: unknown): void {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer)
    let message: FuturesWsMessage
    try {
      message = JSON.parse(text) as FuturesWsMessage
    } catch (error) {
      this.emit(
        'error',
        new KrakenError('Kraken sent a frame that is not JSON.', {
          code: 'EProtocol',
          category: 'protocol',
          details: { endpoint: 'ws message', body: text.slice(0, 200) },
          cause: error,
        }),
      )
      return
    }
    // JSON that is not an object (`0`, `null`, `"text"`, `[…]`) is no Kraken message; `'event' in 0` would throw
    // inside the socket's message handler, i.e. an uncaught exception.
    const value: unknown = message
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.emit(
        'error',
        new KrakenError('Kraken sent a frame that is not a JSON object.', {
          code: 'EProtocol',
          category: 'protocol',
          details: { endpoint: 'ws message', body: text.slice(0, 200) },
        }),
      )
      return
    }
    if ('event' in message && _routeEventMessage(message, this.#registry, this.#challenge)) return
    try {
      const result = this.onMessage(message)
      if (result instanceof Promise) result.catch((error: unknown) => this.#listenerError(error))
    } catch (error) {
      this.#listenerError(error)
    }
    this.emit('message', message, text)
  }

  /** A throwing `message`/`open`/… listener is reported as an `error` event instead of breaking the client. */
  protected override listenerThrew(event: keyof FuturesWsClientEvents, error: unknown): void {
    if (event === 'error') super.listenerThrew(event, error)
    else this.#listenerError(error)
  }

  #listenerError(error: unknown): void {
    this.emit(
      'error',
      new KrakenError('A listener or the message callback threw.', {
        code: 'ECallback',
        category: 'client',
        cause: error,
      }),
    )
  }

  #onClose(generation: number, code: number, reason: string): void {
    if (generation !== this.#generation) return
    this.#keepalive.stop()
    this.#pacer.clear()
    this.#challenge?.reset(_notConnected('ws challenge', 'connection closed'))
    this.#challenge = undefined
    this.#socket = undefined
    this.emit('close', { code, reason })
    if (this.#status === 'closed') return
    if (code === 1008) {
      // 1008 (policy violation) is Kraken refusing this client: reconnecting would only repeat it.
      this.#fail(
        new KrakenError('Kraken closed the connection with code 1008 (policy violation); not reconnecting.', {
          code: 'EWsPolicyViolation',
          category: 'client',
          details: { endpoint: 'ws close', status: 1008, body: reason },
        }),
      )
      return
    }
    const replay = this.#registry.onDisconnect()
    if (replay.length > 0) this.#replay = replay
    this.#attempt += 1
    if (this.#attempt > this.#options.maxReconnects) {
      this.#fail(
        new KrakenMaxReconnectError(`Gave up after ${this.#options.maxReconnects} reconnect attempts.`, {
          details: { endpoint: 'ws connect' },
        }),
      )
      return
    }
    const delayMs = _backoffDelay(this.#attempt, this.#options.initialBackoff, this.#options.maxBackoff)
    this.#status = 'reconnecting'
    this.emit('reconnecting', { attempt: this.#attempt, delayMs })
    this.#reconnectTimer = setTimeout(() => this.#status === 'reconnecting' && this.#open(), delayMs)
  }

  #fail(error: KrakenError): void {
    this.#status = 'closed'
    this.exceptionOccur = true
    this.#connecting?.reject(error)
    this.#connecting = undefined
    this.#registry.rejectAll(error)
    this.emit('error', error)
  }
}
