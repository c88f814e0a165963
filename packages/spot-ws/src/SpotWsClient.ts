import { KrakenAuthenticationError, KrakenError, KrakenRateLimitExceededError, KrakenValidationError } from '@k/errors'
import { createSpotClient, type SpotClient } from '@k/spot-rest'
import IsomorphicWebSocket from 'isomorphic-ws'
import { _AsyncQueue } from './internal/_AsyncQueue.js'
import { _checkOutgoing, _isPrivateChannel, _isPrivateMethod } from './internal/_checkOutgoing.js'
import { _malformedFrameError, _noConnectionError } from './internal/_clientErrors.js'
import { _decimalsAsStrings } from './internal/_decimalsAsStrings.js'
import { _Emitter } from './internal/_Emitter.js'
import { _createTokenFetcher } from './internal/_fetchWsToken.js'
import { _isTokenError } from './internal/_isTokenError.js'
import { _jsonWithDecimals } from './internal/_jsonWithDecimals.js'
import { _PendingRequests } from './internal/_PendingRequests.js'
import { _parseParameters } from './internal/_parseParameters.js'
import { _replaySubscriptions } from './internal/_replaySubscriptions.js'
import { _SubscriptionStore } from './internal/_SubscriptionStore.js'
import { _streamFilter } from './internal/_streamFilter.js'
import { _TokenProvider, type WsToken } from './internal/_TokenProvider.js'
import { _WsConnection, type WebSocketConstructor } from './internal/_WsConnection.js'
import {
  PRIVATE_CHANNEL_NAMES,
  PRIVATE_METHODS,
  PUBLIC_CHANNEL_NAMES,
  type SubscribeParameters,
  SubscribeParametersSchema,
} from './schemas/SubscribeParametersSchema.js'
import { type AddOrderParameters, type AddOrderResult, addOrder } from './trading/addOrder.js'
import { type AmendOrderParameters, type AmendOrderResult, amendOrder } from './trading/amendOrder.js'
import { type BatchAddParameters, type BatchAddResult, batchAdd } from './trading/batchAdd.js'
import { type BatchCancelParameters, type BatchCancelResult, batchCancel } from './trading/batchCancel.js'
import { type CancelAllResult, cancelAll } from './trading/cancelAll.js'
import {
  type CancelAllOrdersAfterParameters,
  type CancelAllOrdersAfterResult,
  cancelAllOrdersAfter,
} from './trading/cancelAllOrdersAfter.js'
import { type CancelOrderParameters, type CancelOrderResult, cancelOrder } from './trading/cancelOrder.js'
import { type EditOrderParameters, type EditOrderResult, editOrder } from './trading/editOrder.js'
import type { SpotWsClientEvents } from './types/SpotWsClientEvents.js'
import type { SpotWsCallback, SpotWsClientOptions } from './types/SpotWsClientOptions.js'
import type { ChannelMessageMap, MethodResponse, SpotWsMessage } from './types/SpotWsMessage.js'
import type { WsConnectionName } from './types/WsConnectionName.js'
import type { WsRequester, WsRequestOptions } from './types/WsRequester.js'

/** Kraken's production Spot WS v2 endpoints. */
export const SPOT_WS_URL = 'wss://ws.kraken.com/v2'
export const SPOT_WS_AUTH_URL = 'wss://ws-auth.kraken.com/v2'

const DECIMAL_KEYS = new Set(['limit_price', 'order_qty', 'display_qty', 'cash_order_qty', 'trigger_price', 'price'])

/** Options of {@link SpotWsClient.stream}. */
export type StreamOptions = {
  /** Messages buffered for a slow consumer before the stream fails. Default: the client's `streamHighWaterMark`. */
  highWaterMark?: number
  /** Subscribe when the stream starts and unsubscribe when it ends. Default true. */
  subscribe?: boolean
}

/**
 * Kraken Spot WebSocket v2 client: a public and (with `key`/`secret`) an authenticated connection, subscriptions
 * with awaited acks, typed channel messages, awaited trading methods, keepalive, bounded jittered reconnects with a
 * fresh token and subscription replay. Runs in Node and browsers (isomorphic-ws).
 *
 * Events: `open`, `close`, `message` `(message, rawText, connection)`, `raw` `(rawText, connection)`,
 * `reconnecting`, `reconnected`, `error`. The raw frame text is what book checksums must be computed from.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/
 * - Python: `kraken.spot.SpotWSClient`
 *
 * @example
 * import { SpotWsClient } from '@k/spot-ws'
 * const client = new SpotWsClient({ callback: (message) => console.log(message) })
 * await client.connect()
 * await client.subscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
 */
export class SpotWsClient extends _Emitter<SpotWsClientEvents> implements WsRequester {
  /** python `public_channel_names` (`ohlc` canonical; `ohlcv` is accepted as an alias). */
  static readonly publicChannelNames: readonly string[] = PUBLIC_CHANNEL_NAMES
  /** python `private_channel_names`. */
  static readonly privateChannelNames: readonly string[] = PRIVATE_CHANNEL_NAMES
  /** python `private_methods`. */
  static readonly privateMethods: readonly string[] = PRIVATE_METHODS

  readonly url: string
  readonly authUrl: string
  readonly restUrl: string
  /** True once a connection stopped for good (max reconnects, close code 1008). Settable, like python's. */
  exceptionOccur = false

  readonly #key: string
  readonly #secret: string
  readonly #options: SpotWsClientOptions
  readonly #callback: SpotWsCallback | undefined
  readonly #WebSocket: WebSocketConstructor
  readonly #pending = new _PendingRequests()
  readonly #stores: Record<WsConnectionName, _SubscriptionStore> = {
    public: new _SubscriptionStore(),
    private: new _SubscriptionStore(),
  }
  /** Subscribe/unsubscribe params by `req_id`, so acks can be stored with what was asked. */
  readonly #requested = new Map<number, Record<string, unknown>>()
  readonly #streams = new Set<(message: Record<string, unknown>) => void>()
  readonly #queues = new Set<{ return(): unknown; fail(error: unknown): void }>()
  readonly #connections: Partial<Record<WsConnectionName, _WsConnection>> = {}
  #tokens: _TokenProvider | undefined
  #restClient: SpotClient | undefined
  #nextReqId = 1
  #connecting: Promise<void> | undefined

  constructor(options: SpotWsClientOptions = {}) {
    super()
    this.#options = options
    this.#key = options.key ?? ''
    this.#secret = options.secret ?? ''
    this.#callback = options.callback
    this.url = options.url ?? SPOT_WS_URL
    this.authUrl = options.authUrl ?? SPOT_WS_AUTH_URL
    this.restUrl = options.restUrl ?? 'https://api.kraken.com'
    this.#WebSocket = options.WebSocket ?? (IsomorphicWebSocket as unknown as WebSocketConstructor)
    this.#restClient = options.restClient
    if (this.isAuthenticated) {
      const timeout = options.requestTimeout ?? 10_000
      this.#tokens = new _TokenProvider(options.getToken ?? (() => _createTokenFetcher(this.restClient, timeout)()))
    }
  }

  /** Whether key and secret were given (a private connection is opened). */
  get isAuthenticated(): boolean {
    return this.#options.getToken !== undefined || (this.#key !== '' && this.#secret !== '')
  }

  /** The REST client used for tokens and {@link SpotWsClient.request} (python's inherited `request`). */
  get restClient(): SpotClient {
    this.#restClient ??= createSpotClient({ baseUrl: this.restUrl, key: this.#key, secret: this.#secret })
    return this.#restClient
  }

  /** How many WS tokens were fetched so far (each private (re)connect fetches one). */
  get tokenFetches(): number {
    return this.#tokens?.fetches ?? 0
  }

  /** Opens the connections (public unless `noPublic`; private with credentials). Python: `start()`. */
  connect(): Promise<void> {
    this.#connecting ??= (async () => {
      const opening: Array<Promise<void>> = []
      if (!this.#options.noPublic) opening.push(this.#open('public', this.url))
      if (this.isAuthenticated) opening.push(this.#open('private', this.authUrl))
      try {
        await Promise.all(opening)
      } catch (error) {
        this.#connecting = undefined
        await this.close()
        throw error
      }
    })()
    return this.#connecting
  }

  /** @deprecated python-kraken-sdk name; use {@link SpotWsClient.connect}. */
  start(): Promise<void> {
    return this.connect()
  }

  /** Closes both connections; pending requests reject, streams end. */
  async close(): Promise<void> {
    this.#connecting = undefined
    const connections = Object.values(this.#connections)
    for (const name of Object.keys(this.#connections) as WsConnectionName[]) delete this.#connections[name]
    await Promise.all(connections.map((connection) => connection.close()))
    this.#pending.failConnection('public', 'client closed')
    this.#pending.failConnection('private', 'client closed')
    // Open `for await` loops end (done) instead of waiting forever.
    for (const queue of [...this.#queues]) void queue.return()
  }

  /** @deprecated python-kraken-sdk name; use {@link SpotWsClient.close}. */
  stop(): Promise<void> {
    return this.close()
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close()
  }

  /**
   * Receives every message (python `on_message`). The default calls the `callback` option; subclasses override it.
   * `raw` is the frame's exact text. A returned promise is not awaited; its rejection is emitted as `error`.
   */
  onMessage(message: SpotWsMessage, raw: string, connection: WsConnectionName): void | Promise<void> {
    return this.#callback?.(message, raw, connection)
  }

  /** Acked subscriptions of the public connection (deep copies). Throws when there is no public connection. */
  get activePublicSubscriptions(): Array<Record<string, unknown>> {
    if (this.#options.noPublic) throw _noConnectionError('public')
    return this.#stores.public.list()
  }

  /** Acked subscriptions of the private connection (deep copies). Throws when there is no private connection. */
  get activePrivateSubscriptions(): Array<Record<string, unknown>> {
    if (!this.isAuthenticated) throw _noConnectionError('private')
    return this.#stores.private.list()
  }

  /**
   * Sends any message (python `send_message`). Private methods and private channels go over the authenticated
   * connection with the token added to `params`, unless `raw: true` (sent exactly as given).
   */
  async send(message: Record<string, unknown>, options: { raw?: boolean } = {}): Promise<void> {
    const isPrivate = _checkOutgoing(message, this.isAuthenticated)
    let params = message.params as Record<string, unknown> | undefined
    let outgoing = message
    if (!options.raw) {
      if (params?.channel === 'ohlcv') params = { ...params, channel: 'ohlc' }
      if (isPrivate) params = { ...params, token: await this.#tokens!.get() }
      outgoing = params === undefined ? message : { ...message, params }
    }
    this.#connection(isPrivate).send(_jsonWithDecimals(outgoing, DECIMAL_KEYS))
  }

  /** @deprecated python-kraken-sdk name; use {@link SpotWsClient.send}. */
  sendMessage(message: Record<string, unknown>, options: { raw?: boolean } = {}): Promise<void> {
    return this.send(message, options)
  }

  /**
   * Subscribes and resolves with Kraken's acks (one per symbol), or rejects with a KrakenError built from the first
   * failed ack (all acks in `error.details.body`; the successful ones stay active). The token is added for private
   * channels; an `EAPI:Invalid token` answer fetches a fresh token and retries once.
   *
   * @example
   * await client.subscribe({ channel: 'book', symbol: ['BTC/USD'], depth: 25 })
   */
  subscribe(params: SubscribeParameters, reqId?: number): Promise<MethodResponse[]> {
    return this.#subscription('subscribe', params, reqId)
  }

  /** Unsubscribes; same shape as {@link SpotWsClient.subscribe}. */
  unsubscribe(params: SubscribeParameters, reqId?: number): Promise<MethodResponse[]> {
    return this.#subscription('unsubscribe', params, reqId)
  }

  /**
   * An async iterator of one channel's messages (typed by channel). Subscribes on start and unsubscribes when the
   * loop ends. Buffers at most `highWaterMark` messages; a consumer that falls further behind gets a KrakenError.
   *
   * @example
   * for await (const message of client.stream({ channel: 'trade', symbol: ['BTC/USD'] })) console.log(message.data)
   */
  stream<Channel extends keyof ChannelMessageMap>(
    params: SubscribeParameters & { channel: Channel },
    options: StreamOptions = {},
  ): AsyncIterableIterator<ChannelMessageMap[Channel]> {
    const parsed = _parseParameters(SubscribeParametersSchema, params, 'stream')
    const limit = options.highWaterMark ?? this.#options.streamHighWaterMark ?? 10_000
    const shouldSubscribe = options.subscribe !== false
    const filter = _streamFilter(parsed.channel, parsed.symbol)
    const listener = (message: Record<string, unknown>) => {
      if (filter(message)) queue.push(message as ChannelMessageMap[Channel])
    }
    const queue = new _AsyncQueue<ChannelMessageMap[Channel]>(
      limit,
      () =>
        new KrakenError(
          `stream(${parsed.channel}) consumer fell behind: ${limit} messages were buffered; the stream was stopped.`,
          {
            code: 'EStream:Overflow',
            category: 'client',
            retryable: false,
          },
        ),
      () => {
        this.#streams.delete(listener)
        this.#queues.delete(queue)
        if (shouldSubscribe) this.unsubscribe(params).catch(() => {})
      },
    )
    this.#streams.add(listener)
    this.#queues.add(queue)
    if (shouldSubscribe) this.subscribe(params).catch((error: unknown) => queue.fail(error))
    return queue
  }

  /**
   * Sends one request over the right connection and resolves with its answer(s), matched by `req_id`. Trading
   * requests are never re-sent: a timeout or a dropped socket rejects with `details.sent: 'maybe'`.
   */
  async wsRequest(
    method: string,
    params: Record<string, unknown> | undefined,
    options: WsRequestOptions & { expected?: number } = {},
  ): Promise<MethodResponse[]> {
    const isTrading = _isPrivateMethod(method)
    if (isTrading && !this.isAuthenticated) {
      throw new KrakenAuthenticationError(`"${method}" needs an authenticated client (key and secret).`, {
        code: 'EAPI:Invalid key',
      })
    }
    const connection = this.#connection(isTrading)
    let body = this.prepareParams(method, params)
    if (isTrading) body = { ...body, token: await this.#tokens!.get() }
    const reqId = options.reqId ?? this.#nextReqId++
    if (this.#pending.has(reqId))
      throw new KrakenValidationError(`req_id ${reqId} is already waiting for an answer.`, { field: 'req_id' })
    const answer = this.#pending.add(reqId, {
      method,
      connection: this.#nameOf(connection),
      expected: options.expected ?? 1,
      isTrading,
      timeoutMs: options.timeout ?? this.#options.requestTimeout ?? 10_000,
    })
    try {
      connection.send(_jsonWithDecimals({ method, params: body, req_id: reqId }, DECIMAL_KEYS))
    } catch (error) {
      this.#pending.cancel(reqId)
      answer.catch(() => {})
      throw error
    }
    return answer.catch((error: unknown) => {
      // An expired token fails the request (it never reached the engine); the next request uses a fresh token.
      if (_isTokenError(error)) void this.#tokens?.refresh().catch(() => {})
      throw error
    })
  }

  /** Hook for subclasses (UnifiedWsClient adds `asset_class`). */
  protected prepareParams(
    _method: string,
    params: Record<string, unknown> | undefined,
  ): Record<string, unknown> | undefined {
    return params
  }

  /** A fresh WS token from REST (python `get_ws_token`); normally used internally. */
  async getWsToken(): Promise<WsToken> {
    if (!this.#tokens)
      throw new KrakenAuthenticationError('getWsToken() needs key and secret.', { code: 'EAPI:Invalid key' })
    const token = await this.#tokens.refresh()
    return { token, expires: this.#tokens.last?.expires ?? 900 }
  }

  /** REST request through {@link SpotWsClient.restClient} (python's inherited `request`). */
  request<T = unknown>(method: 'GET' | 'POST', path: string, params?: Record<string, unknown>): Promise<T> {
    return this.restClient.request<T>(method, path, params)
  }

  // ── trading (seed 000 models) ────────────────────────────────────────────────────────────────────────────────

  /** {@link addOrder}: place an order; resolves with `{ order_id, … }`. */
  addOrder(params: AddOrderParameters, options?: WsRequestOptions): Promise<AddOrderResult> {
    return addOrder(this, params, options)
  }
  /** {@link amendOrder}: change an order in place; resolves with `{ amend_id, … }`. */
  amendOrder(params: AmendOrderParameters, options?: WsRequestOptions): Promise<AmendOrderResult> {
    return amendOrder(this, params, options)
  }
  /** {@link editOrder}: cancel-and-replace; resolves with `{ order_id, original_order_id }`. */
  editOrder(params: EditOrderParameters, options?: WsRequestOptions): Promise<EditOrderResult> {
    return editOrder(this, params, options)
  }
  /** {@link cancelOrder}: one result per cancelled order. */
  cancelOrder(params: CancelOrderParameters, options?: WsRequestOptions): Promise<CancelOrderResult[]> {
    return cancelOrder(this, params, options)
  }
  /** {@link cancelAll}: cancel every open order; resolves with `{ count }`. */
  cancelAll(options?: WsRequestOptions): Promise<CancelAllResult> {
    return cancelAll(this, options)
  }
  /** {@link cancelAllOrdersAfter}: dead man's switch. */
  cancelAllOrdersAfter(
    params: CancelAllOrdersAfterParameters,
    options?: WsRequestOptions,
  ): Promise<CancelAllOrdersAfterResult> {
    return cancelAllOrdersAfter(this, params, options)
  }
  /** {@link batchAdd}: 2–15 orders on one pair. */
  batchAdd(params: BatchAddParameters, options?: WsRequestOptions): Promise<BatchAddResult> {
    return batchAdd(this, params, options)
  }
  /** {@link batchCancel}: 2–50 orders. */
  batchCancel(params: BatchCancelParameters, options?: WsRequestOptions): Promise<BatchCancelResult> {
    return batchCancel(this, params, options)
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────────────────────

  async #subscription(
    method: 'subscribe' | 'unsubscribe',
    params: SubscribeParameters,
    reqId?: number,
    isRetry = false,
  ): Promise<MethodResponse[]> {
    const parsed = _parseParameters(SubscribeParametersSchema, params, method)
    const isPrivate = _isPrivateChannel(parsed.channel)
    if (isPrivate && !this.isAuthenticated) {
      throw new KrakenAuthenticationError(`The ${parsed.channel} channel needs an authenticated client.`, {
        code: 'EAPI:Invalid key',
      })
    }
    const body: Record<string, unknown> = { ...this.prepareParams(method, parsed) }
    const id = reqId ?? this.#nextReqId++
    this.#requested.set(id, { ...body })
    if (isPrivate) body.token = await this.#tokens!.get()
    const connection = this.#connection(isPrivate)
    const answer = this.#pending.add(id, {
      method,
      connection: this.#nameOf(connection),
      expected: parsed.symbol?.length ?? 1,
      isTrading: false,
      timeoutMs: this.#options.requestTimeout ?? 10_000,
    })
    try {
      try {
        connection.send(JSON.stringify({ method, params: body, req_id: id }))
      } catch (error) {
        this.#pending.cancel(id)
        throw error
      }
      return await answer
    } catch (error) {
      answer.catch(() => {})
      if (isPrivate && !isRetry && _isTokenError(error)) {
        await this.#tokens!.refresh()
        return this.#subscription(method, params, undefined, true)
      }
      throw error
    } finally {
      this.#requested.delete(id)
    }
  }

  async #open(name: WsConnectionName, url: string): Promise<void> {
    const options = this.#options
    const connection = new _WsConnection({
      name,
      url,
      WebSocket: this.#WebSocket,
      maxReconnects: options.maxReconnects ?? 7,
      initialBackoffMs: options.initialBackoff ?? 1000,
      maxBackoffMs: options.maxBackoff ?? 60_000,
      pingIntervalMs: options.pingInterval ?? 10_000,
      connectTimeoutMs: options.connectTimeout ?? 10_000,
      onText: (text) => this.#onText(text, name),
      onOpen: (isReconnect) => this.#onOpen(name, isReconnect),
      onDown: (info) => {
        this.#pending.failConnection(name, `code ${info.code}`)
        this.emit('close', name, info)
      },
      onReconnecting: (info) => this.emit('reconnecting', info),
      onReconnected: (info) => this.emit('reconnected', info),
      onFatal: (error) => {
        this.exceptionOccur = true
        // Streams cannot continue on a connection that stopped for good: their loops throw this error.
        for (const queue of [...this.#queues]) queue.fail(error)
        this.emit('error', error)
      },
      onPing: () => JSON.stringify({ method: 'ping', req_id: this.#nextReqId++ }),
    })
    this.#connections[name] = connection
    await connection.connect()
  }

  async #onOpen(name: WsConnectionName, isReconnect: boolean): Promise<void> {
    // A fresh token on every private (re)connect (python-kraken-sdk does the same; tokens can expire silently).
    if (name === 'private') await this.#tokens!.refresh()
    this.emit('open', name)
    if (isReconnect) {
      void _replaySubscriptions({
        store: this.#stores[name],
        batchSize: this.#options.replayBatchSize ?? 50,
        messagesPerSecond: this.#options.replayMessagesPerSecond ?? 10,
        isOpen: () => this.#connections[name]?.isOpen === true,
        subscribe: (params) => this.subscribe(params as SubscribeParameters),
        onError: (error) => this.emit('error', error as KrakenError),
      })
    }
  }

  #onText(text: string, name: WsConnectionName): void {
    if (this.listenerCount('raw') > 0) this.emit('raw', text, name)
    let message: Record<string, unknown>
    try {
      message = JSON.parse(this.#options.decimals === 'number' ? text : _decimalsAsStrings(text))
    } catch (error) {
      this.emit('error', _malformedFrameError('Kraken sent a frame that is not JSON; it was skipped.', text, error))
      return
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.emit('error', _malformedFrameError('Kraken sent a frame that is not a JSON object; it was skipped.', text))
      return
    }
    if (typeof message.Error === 'string') {
      // Kraken's msg-rate answer has no req_id, so it cannot be matched to a request.
      this.emit(
        'error',
        new KrakenRateLimitExceededError(`Kraken: ${message.Error} on the ${name} connection.`, {
          code: message.Error,
          category: 'rate_limit',
          retryable: true,
          details: { body: message },
        }),
      )
    }
    if (typeof message.method === 'string') this.#onAnswer(message, name)
    this.#dispatch(message, text, name)
  }

  #onAnswer(message: Record<string, unknown>, name: WsConnectionName): void {
    const method = message.method
    if (method === 'subscribe' || method === 'unsubscribe') {
      const requested = typeof message.req_id === 'number' ? this.#requested.get(message.req_id) : undefined
      this.#stores[name].onAck(message, requested)
    }
    if (message.success === false && _isTokenError(message.error)) void this.#tokens?.refresh().catch(() => {})
    this.#pending.handle(message)
  }

  #dispatch(message: Record<string, unknown>, text: string, name: WsConnectionName): void {
    try {
      const result = this.onMessage(message as SpotWsMessage, text, name)
      if (result && typeof (result as Promise<void>).then === 'function') {
        ;(result as Promise<void>).catch((error: unknown) => this.emit('error', error as KrakenError))
      }
    } catch (error) {
      this.emit('error', error as KrakenError)
    }
    this.emit('message', message as SpotWsMessage, text, name)
    for (const stream of this.#streams) stream(message)
  }

  #connection(isPrivate: boolean): _WsConnection {
    const connection = isPrivate ? this.#connections.private : (this.#connections.public ?? this.#connections.private)
    if (!connection) throw _noConnectionError(isPrivate ? 'private' : 'public')
    return connection
  }

  #nameOf(connection: _WsConnection): WsConnectionName {
    return connection === this.#connections.private ? 'private' : 'public'
  }
}
