import { KrakenAuthenticationError, type KrakenError } from '@k/errors'
import { signFuturesChallenge } from '@k/signing'
import IsomorphicWebSocket from 'isomorphic-ws'
import {
  FUTURES_PRIVATE_FEEDS,
  FUTURES_PUBLIC_FEEDS,
  type FuturesFeed,
  type FuturesPrivateFeed,
  type FuturesPublicFeed,
} from './FuturesFeed.js'
import type { FuturesWsClientEvents } from './FuturesWsClientEvents.js'
import {
  FUTURES_WS_SANDBOX_URL,
  FUTURES_WS_URL,
  type FuturesWsClientOptions,
  type WebSocketConstructor,
} from './FuturesWsClientOptions.js'
import { _closeFuturesSocket } from './internal/_closeFuturesSocket.js'
import { _connectFutures } from './internal/_connectFutures.js'
import { _createFuturesWsState } from './internal/_createFuturesWsState.js'
import { _Emitter } from './internal/_Emitter.js'
import type { _FuturesWsState } from './internal/_FuturesWsState.js'
import { _onFuturesSocketClosed } from './internal/_onFuturesSocketClosed.js'
import { _onFuturesSocketOpen } from './internal/_onFuturesSocketOpen.js'
import { type _FuturesSocketHandlers, _openFuturesSocket } from './internal/_openFuturesSocket.js'
import { _parseClientOptions } from './internal/_parseClientOptions.js'
import { _parseFuturesFrame } from './internal/_parseFuturesFrame.js'
import { _parseSubscribeParameters, type FuturesSubscribeParameters } from './internal/_parseSubscribeParameters.js'
import { _requestFeed } from './internal/_requestFeed.js'
import { _routeEventMessage } from './internal/_routeEventMessage.js'
import type { FuturesSubscription } from './internal/_SubscriptionRegistry.js'
import { _streamFeed } from './internal/_streamFeed.js'
import { _callbackError } from './internal/_wsErrors.js'
import type { FuturesSubscriptionEventMessage } from './messages/FuturesEventMessage.js'
import type { FuturesStreamMessageMap, FuturesWsMessage } from './messages/FuturesWsMessage.js'

export type { FuturesWsClientEvents } from './FuturesWsClientEvents.js'

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
  readonly #state: _FuturesWsState
  readonly #handlers: _FuturesSocketHandlers = {
    onOpen: (socket) =>
      _onFuturesSocketOpen(
        this.#state,
        socket,
        this.#key,
        this.#secret ? (challenge) => this.getSignChallenge(challenge) : undefined,
      ),
    onFrame: (data) => this.#onFrame(data),
    onClose: (generation, code, reason) =>
      _onFuturesSocketClosed(this.#state, generation, code, reason, {
        fail: (error) => this.#fail(error),
        reopen: () => this.#open(),
      }),
  }

  constructor(options: FuturesWsClientOptions = {}) {
    super()
    _parseClientOptions(options)
    this.#key = options.key || undefined
    this.#secret = options.secret || undefined
    this.#callback = options.callback
    this.url = options.url ?? (options.sandbox ? FUTURES_WS_SANDBOX_URL : FUTURES_WS_URL)
    this.#WebSocket = options.WebSocket ?? (IsomorphicWebSocket as unknown as WebSocketConstructor)
    this.#state = _createFuturesWsState(options, (event, ...args) => this.emit(event, ...args))
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
    return this.#state.status === 'open'
  }

  /** Subscriptions Kraken confirmed, one entry per product (python `get_active_subscriptions()`). */
  get activeSubscriptions(): FuturesSubscription[] {
    return this.#state.registry.active
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
    return _connectFutures(this.#state, () => {
      this.exceptionOccur = false
      this.#open()
    })
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
    return _requestFeed(this.#state, 'subscribe', parameters, this.isAuth)
  }

  /** Unsubscribes (python `unsubscribe(feed, products)`); resolves with Kraken's `unsubscribed` acks. */
  unsubscribe(parameters: FuturesSubscribeParameters): Promise<FuturesSubscriptionEventMessage[]> {
    return _requestFeed(this.#state, 'unsubscribe', parameters, this.isAuth)
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
      limit: options.highWaterMark ?? this.#state.options.streamHighWaterMark,
      subscribe: options.subscribe !== false,
      isClosed: () => this.#state.status === 'closed',
    })
  }

  /** Closes the connection for good (no reconnect); pending requests reject. */
  close(): Promise<void> {
    return _closeFuturesSocket(this.#state)
  }

  /** A safe summary: never the key or secret. */
  toJSON(): Record<string, unknown> {
    return {
      url: this.url,
      isAuth: this.isAuth,
      status: this.#state.status,
      activeSubscriptions: this.activeSubscriptions,
    }
  }

  /** A throwing `message`/`open`/… listener is reported as an `error` event instead of breaking the client. */
  protected override listenerThrew(event: keyof FuturesWsClientEvents, error: unknown): void {
    if (event === 'error') super.listenerThrew(event, error)
    else this.#listenerError(error)
  }

  #open(): void {
    _openFuturesSocket(this.#state, this.#WebSocket, this.url, this.#handlers)
  }

  #onFrame(data: unknown): void {
    const parsed = _parseFuturesFrame(data, (error) => this.emit('error', error))
    if (!parsed) return
    const { message, text } = parsed
    if ('event' in message && _routeEventMessage(message, this.#state.registry, this.#state.challenge)) return
    try {
      const result = this.onMessage(message)
      if (result instanceof Promise) result.catch((error: unknown) => this.#listenerError(error))
    } catch (error) {
      this.#listenerError(error)
    }
    this.emit('message', message, text)
  }

  #listenerError(error: unknown): void {
    this.emit('error', _callbackError(error))
  }

  #fail(error: KrakenError): void {
    this.#state.status = 'closed'
    this.exceptionOccur = true
    this.#state.connecting?.reject(error)
    this.#state.connecting = undefined
    this.#state.registry.rejectAll(error)
    this.emit('error', error)
  }
}
