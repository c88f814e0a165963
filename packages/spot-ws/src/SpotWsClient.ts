import { KrakenAuthenticationError } from '@k/errors'
import { createSpotClient, type SpotClient } from '@k/spot-rest'
import { _noConnectionError } from './internal/_clientErrors.js'
import { _createSpotWsContext } from './internal/_createSpotWsContext.js'
import type { _SpotConnectionHooks } from './internal/_SpotConnections.js'
import type { _SpotWsContext } from './internal/_SpotWsContext.js'
import { _SpotWsTrading } from './internal/_SpotWsTrading.js'
import { _Streams } from './internal/_Streams.js'
import { _Subscriptions } from './internal/_Subscriptions.js'
import { _sendMessage } from './internal/_sendMessage.js'
import { _sendWsRequest } from './internal/_sendWsRequest.js'
import { _spotConnectionHooks } from './internal/_spotConnectionHooks.js'
import type { WsToken } from './internal/_TokenProvider.js'
import {
  PRIVATE_CHANNEL_NAMES,
  PRIVATE_METHODS,
  PUBLIC_CHANNEL_NAMES,
  type SubscribeParameters,
} from './schemas/SubscribeParametersSchema.js'
import type { SpotWsCallback, SpotWsClientOptions } from './types/SpotWsClientOptions.js'
import type { ChannelMessageMap, MethodResponse, SpotWsMessage } from './types/SpotWsMessage.js'
import type { StreamOptions } from './types/StreamOptions.js'
import type { WsConnectionName } from './types/WsConnectionName.js'
import type { WsRequester, WsRequestOptions } from './types/WsRequester.js'

export type { StreamOptions } from './types/StreamOptions.js'

/** Kraken's production Spot WS v2 endpoints. */
export const SPOT_WS_URL = 'wss://ws.kraken.com/v2'
export const SPOT_WS_AUTH_URL = 'wss://ws-auth.kraken.com/v2'

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
export class SpotWsClient extends _SpotWsTrading implements WsRequester {
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
  readonly #ctx: _SpotWsContext
  readonly #subscriptions: _Subscriptions
  readonly #streams = new _Streams()
  readonly #hooks: _SpotConnectionHooks
  #restClient: SpotClient | undefined
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
    this.#restClient = options.restClient
    this.#ctx = _createSpotWsContext(options, {
      isAuthenticated: () => this.isAuthenticated,
      restClient: () => this.restClient,
      prepareParams: (method, params) => this.prepareParams(method, params),
      emit: (event, ...args) => this.emit(event, ...args),
    })
    this.#subscriptions = new _Subscriptions(this.#ctx)
    this.#hooks = _spotConnectionHooks(this.#ctx, {
      subscriptions: this.#subscriptions,
      streams: this.#streams,
      hasRawListener: () => this.listenerCount('raw') > 0,
      onMessage: (message, raw, name) => this.onMessage(message, raw, name),
      subscribe: (params) => this.subscribe(params),
      onStopped: () => {
        this.exceptionOccur = true
      },
    })
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
    return this.#ctx.tokens?.fetches ?? 0
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
    await this.#ctx.connections.closeAll()
    this.#ctx.pending.failConnection('public', 'client closed')
    this.#ctx.pending.failConnection('private', 'client closed')
    this.#streams.endAll()
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
    return this.#subscriptions.list('public')
  }

  /** Acked subscriptions of the private connection (deep copies). Throws when there is no private connection. */
  get activePrivateSubscriptions(): Array<Record<string, unknown>> {
    if (!this.isAuthenticated) throw _noConnectionError('private')
    return this.#subscriptions.list('private')
  }

  /**
   * Sends any message (python `send_message`). Private methods and private channels go over the authenticated
   * connection with the token added to `params`, unless `raw: true` (sent exactly as given).
   */
  send(message: Record<string, unknown>, options: { raw?: boolean } = {}): Promise<void> {
    return _sendMessage(this.#ctx, message, Boolean(options.raw))
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
    return this.#subscriptions.request('subscribe', params, reqId)
  }

  /** Unsubscribes; same shape as {@link SpotWsClient.subscribe}. */
  unsubscribe(params: SubscribeParameters, reqId?: number): Promise<MethodResponse[]> {
    return this.#subscriptions.request('unsubscribe', params, reqId)
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
    return this.#streams.open(params, options, this.#options.streamHighWaterMark, this)
  }

  /**
   * Sends one request over the right connection and resolves with its answer(s), matched by `req_id`. Trading
   * requests are never re-sent: a timeout or a dropped socket rejects with `details.sent: 'maybe'`.
   */
  wsRequest(
    method: string,
    params: Record<string, unknown> | undefined,
    options: WsRequestOptions & { expected?: number } = {},
  ): Promise<MethodResponse[]> {
    return _sendWsRequest(this.#ctx, method, params, options)
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
    const tokens = this.#ctx.tokens
    if (!tokens) throw new KrakenAuthenticationError('getWsToken() needs key and secret.', { code: 'EAPI:Invalid key' })
    const token = await tokens.refresh()
    return { token, expires: tokens.last?.expires ?? 900 }
  }

  /** REST request through {@link SpotWsClient.restClient} (python's inherited `request`). */
  request<T = unknown>(method: 'GET' | 'POST', path: string, params?: Record<string, unknown>): Promise<T> {
    return this.restClient.request<T>(method, path, params)
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────────────────────

  #open(name: WsConnectionName, url: string): Promise<void> {
    return this.#ctx.connections.open(this.#ctx, name, url, this.#hooks)
  }
}
