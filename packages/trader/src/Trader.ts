import { isKrakenError, type KrakenError, KrakenValidationError } from '@k/errors'
import {
  amendOrder,
  cancelAllOrders,
  cancelOrder,
  cancelOrderBatch,
  createOrder,
  createOrderBatch,
  createSpotClient,
  type GetAssetPairsReturnType,
  type GetClosedOrdersParameters,
  type GetClosedOrdersReturnType,
  type GetLedgersInfoReturnType,
  type GetOhlcReturnType,
  type GetOpenOrdersReturnType,
  type GetOpenPositionsReturnType,
  type GetOrderBookReturnType,
  type GetOrdersInfoReturnType,
  type GetRecentSpreadsReturnType,
  type GetRecentTradesReturnType,
  type GetSystemStatusReturnType,
  type GetTickerReturnType,
  type GetTradeBalanceReturnType,
  type GetTradesHistoryReturnType,
  getAccountBalance,
  getAssetPairs,
  getClosedOrders,
  getLedgersInfo,
  getOhlc,
  getOpenOrders,
  getOpenPositions,
  getOrderBook,
  getOrdersInfo,
  getRecentSpreads,
  getRecentTrades,
  getSystemStatus,
  getTicker,
  getTradeBalance,
  getTradesHistory,
  type SpotClient,
  type TickerInfo,
} from '@k/spot-rest'
import { SpotWsClient } from '@k/spot-ws'
import { _checkSystemStatus } from './internal/_checkSystemStatus.js'
import { _describeOrder } from './internal/_describeOrder.js'
import { _Emitter } from './internal/_Emitter.js'
import { _LiveMarket } from './internal/_LiveMarket.js'
import { _parse } from './internal/_parse.js'
import {
  BatchOrdersSchema,
  CountSchema,
  DecimalSchema,
  EditOrderParamsSchema,
  IntervalSchema,
  OrderIdSchema,
  OrderIdsSchema,
  OrderTypeSchema,
  PairSchema,
  PlaceOrderParamsSchema,
  SideSchema,
} from './internal/_schemas.js'
import { type _RestOrder, _toWsOrder } from './internal/_toWsOrder.js'
import { PairMap, type PairNames } from './PairMap.js'
import type {
  BatchAddResult,
  BatchOrder,
  CancelResult,
  EditOrderParams,
  EditOrderResult,
  OrderMethod,
  OrderPath,
  OrderType,
  PlaceOrderParams,
  PlaceOrderResult,
  TraderCallOptions,
  TraderEvents,
  TraderOptions,
} from './types.js'

type Route = { path: 'ws'; ws: SpotWsClient } | { path: 'rest'; reason?: string }

/**
 * One object for a bot (seed 004's `ctx.kraken`, camelCase): market data, account and orders over Kraken Spot,
 * WebSocket first with REST fallback. Create it with {@link createTrader}.
 *
 * - While the authenticated WS v2 connection is up, orders go through `add_order` / `amend_order` / `cancel_order` /
 *   `cancel_all` / `batch_add` / `batch_cancel`, and ticker, book and trades come from a live cache; otherwise the
 *   same call goes over REST. Results have Kraken's REST shape and keys on both paths.
 * - An order is sent over exactly one path, once. The only switch after trying WS is a provable non-send (the socket
 *   was not open: `EWs:NotConnected`, `details.sent: 'no'`). A lost answer is never re-sent over REST: the call
 *   rejects with `details.sent: 'maybe'` (outcome unknown; look the order up by `cl_ord_id`).
 * - The `order` event says which path served each order call.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/add_order, https://docs.kraken.com/api/docs/rest-api/add-order
 * - Python: none (seed 004 `ctx.kraken`)
 *
 * @example
 * const trader = createTrader({ key, secret })
 * trader.on('order', (event) => console.log(event.method, 'via', event.path))
 * await trader.connect()
 * const { txid } = await trader.placeOrder('BTC/USD', 'buy', '0.001', 'limit', { price: '60000', post_only: true })
 * await trader.close()
 */
export class Trader extends _Emitter<TraderEvents> {
  readonly #options: TraderOptions
  readonly #rest: SpotClient
  /** Builds the WS client; a closure so that the credentials live only inside the clients' private fields. */
  readonly #createWs: () => SpotWsClient
  #ws: SpotWsClient | undefined
  #live: _LiveMarket | undefined
  #privateUp = false
  #publicUp = false
  #assetPairs: Promise<GetAssetPairsReturnType> | undefined
  #pairMap: Promise<PairMap> | undefined
  #restStatus: { value: GetSystemStatusReturnType; at: number } | undefined
  readonly #tickerSeeds = new Map<string, Promise<TickerInfo | undefined>>()

  constructor(options: TraderOptions = {}) {
    super()
    const { key, secret } = options
    this.#options = { ...options, key: undefined, secret: undefined }
    this.#rest =
      options.restClient ??
      createSpotClient({
        baseUrl: options.baseUrl,
        key,
        secret,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        ...(options.tier === undefined ? {} : { tier: options.tier }),
        ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
      })
    const rest = this.#rest
    this.#createWs = () =>
      new SpotWsClient({
        ...options.wsOptions,
        ...(key !== undefined && secret !== undefined ? { key, secret } : {}),
        ...(options.wsUrl === undefined ? {} : { url: options.wsUrl }),
        ...(options.authWsUrl === undefined ? {} : { authUrl: options.authWsUrl }),
        // Tokens come from the trader's REST client: one nonce generator and rate limiter per key.
        restClient: rest,
      })
  }

  /** Whether orders currently go over the WebSocket (authenticated connection open). */
  get wsUp(): boolean {
    return this.#privateUp && this.#ws !== undefined
  }

  /** Which path the next order would take (`ws` or `rest`), given the connection state now. */
  get path(): OrderPath {
    return this.wsUp ? 'ws' : 'rest'
  }

  /** The REST client underneath (for endpoints the facade does not cover). */
  get restClient(): SpotClient {
    return this.#rest
  }

  /** The WebSocket client underneath once `connect()` opened it (subscribe to more channels, e.g. `executions`). */
  get wsClient(): SpotWsClient | undefined {
    return this.#ws
  }

  /**
   * Opens the WebSocket path (public, and authenticated when key and secret were given). Resolves with whether it
   * is up; a failed connect is emitted as `error` and the trader keeps working over REST. Does nothing with
   * `ws: false`.
   */
  async connect(): Promise<{ ws: boolean }> {
    if (this.#options.ws === false) return { ws: false }
    if (this.#ws) return { ws: this.wsUp }
    const ws = this.#createWs()
    this.#ws = ws
    ws.on('open', (connection) => this.#setUp(connection, true))
    ws.on('close', (connection) => this.#setUp(connection, false))
    ws.on('error', (error) => {
      // Reconnects gave up (or close code 1008): this connection is gone for good; REST serves from now on.
      if (ws.exceptionOccur) {
        this.#setUp('private', false)
        this.#setUp('public', false)
      }
      this.emit('error', error)
    })
    this.#live = new _LiveMarket(ws, this.#options.bookDepth ?? 100, this.#options.cacheWait ?? 2000, (error) =>
      this.emit('error', error),
    )
    try {
      await ws.connect()
    } catch (error) {
      await this.#dropWs()
      this.emit('error', error as KrakenError)
      return { ws: false }
    }
    return { ws: this.wsUp }
  }

  /** Closes the WebSocket path (REST calls still work afterwards). */
  async close(): Promise<void> {
    await this.#dropWs()
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close()
  }

  // ── market data ──────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Ticker of a pair, keyed by Kraken's REST key (`{ XXBTZUSD: { a, b, c, v, p, t, l, h, o } }`). WS path: the
   * live `ticker` channel overlays a REST snapshot taken once per pair (WS v2 carries 24 h values: `a`, `b`,
   * `c[0]`, and the 24 h halves of `v`, `p`, `l`, `h`; today's halves, `t` and `o` come from that snapshot).
   * Seed 004 `get_ticker`; REST `GET /0/public/Ticker`.
   *
   * @example
   * const price = (await trader.getTicker('BTC/USD')).XXBTZUSD?.c[0]
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ticker-information, https://docs.kraken.com/api/docs/websocket-v2/ticker
   */
  async getTicker(pair = 'XBTUSD', options: TraderCallOptions = {}): Promise<GetTickerReturnType> {
    const names = await this.#resolve(_parse(PairSchema, pair, 'getTicker', 'pair'))
    const live = this.#publicUp ? this.#live : undefined
    const data = live ? await live.ticker(names.symbol).catch(() => undefined) : undefined
    const seed = data ? await this.#tickerSeed(names) : undefined
    if (data && seed) {
      const ticker: TickerInfo = {
        ...seed,
        a: [String(data.ask), seed.a[1], String(data.ask_qty)],
        b: [String(data.bid), seed.b[1], String(data.bid_qty)],
        c: [String(data.last), seed.c[1]],
        v: [seed.v[0], String(data.volume)],
        p: [seed.p[0], String(data.vwap)],
        l: [seed.l[0], String(data.low)],
        h: [seed.h[0], String(data.high)],
      }
      return { [names.key]: ticker }
    }
    return getTicker(this.#rest, { pair: names.altname }, options)
  }

  /**
   * Order book of a pair (`{ XXBTZUSD: { asks, bids } }`, levels `[price, volume, timestamp]`). WS path: the
   * checksum-verified live book (SpotOrderBookClient) when `count` ≤ `bookDepth`; the timestamp is the book's last
   * update. Seed 004 `get_orderbook`; REST `GET /0/public/Depth`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-order-book, https://docs.kraken.com/api/docs/websocket-v2/book
   */
  async getOrderbook(pair = 'XBTUSD', count = 100, options: TraderCallOptions = {}): Promise<GetOrderBookReturnType> {
    const pairName = _parse(PairSchema, pair, 'getOrderbook', 'pair')
    _parse(CountSchema, count, 'getOrderbook', 'count')
    const names = await this.#resolve(pairName)
    const live = this.#publicUp && count <= (this.#options.bookDepth ?? 100) ? this.#live : undefined
    const cached = live ? await live.book(names.symbol).catch(() => undefined) : undefined
    if (cached) {
      const time = Math.floor(cached.time / 1000)
      const level = ([price, qty]: readonly [string, string]): [string, string, number] => [price, qty, time]
      return {
        [names.key]: { asks: cached.book.asks(count).map(level), bids: cached.book.bids(count).map(level) },
      }
    }
    return getOrderBook(this.#rest, { pair: names.altname, count }, options)
  }

  /**
   * OHLC candles (REST `GET /0/public/OHLC`; interval in minutes). Seed 004 `get_ohlc`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ohlc-data
   */
  async getOhlc(
    pair = 'XBTUSD',
    interval = 1,
    since?: number,
    options: TraderCallOptions = {},
  ): Promise<GetOhlcReturnType> {
    const pairName = _parse(PairSchema, pair, 'getOhlc', 'pair')
    _parse(IntervalSchema, interval, 'getOhlc', 'interval')
    const names = await this.#resolve(pairName)
    return getOhlc(
      this.#rest,
      { pair: names.altname, interval, ...(since === undefined ? {} : { since }) } as never,
      options,
    )
  }

  /**
   * Recent public trades (REST `GET /0/public/Trades`). Seed 004 `get_recent_trades`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades
   */
  async getRecentTrades(
    pair = 'XBTUSD',
    since?: string | number,
    options: TraderCallOptions = {},
  ): Promise<GetRecentTradesReturnType> {
    const names = await this.#resolve(_parse(PairSchema, pair, 'getRecentTrades', 'pair'))
    return getRecentTrades(
      this.#rest,
      { pair: names.altname, ...(since === undefined ? {} : { since: String(since) }) } as never,
      options,
    )
  }

  /**
   * Recent best bid/ask records `[time, bid, ask]` (REST `GET /0/public/Spread`). Seed 004 `get_spread`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-spreads
   */
  async getSpread(
    pair = 'XBTUSD',
    since?: number,
    options: TraderCallOptions = {},
  ): Promise<GetRecentSpreadsReturnType> {
    const names = await this.#resolve(_parse(PairSchema, pair, 'getSpread', 'pair'))
    return getRecentSpreads(
      this.#rest,
      { pair: names.altname, ...(since === undefined ? {} : { since }) } as never,
      options,
    )
  }

  /**
   * Trades of a pair from the live WS `trade` stream (REST `Trades` shape: `{ XXBTZUSD: [[price, volume, time,
   * side, type, misc, trade_id]], last }`); over REST when the WS path is down. Seed 004 `get_trades`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades, https://docs.kraken.com/api/docs/websocket-v2/trade
   */
  async getTrades(pair = 'BTC/USD', options: TraderCallOptions = {}): Promise<GetRecentTradesReturnType> {
    const names = await this.#resolve(_parse(PairSchema, pair, 'getTrades', 'pair'))
    const live = this.#publicUp ? this.#live : undefined
    const trades = live ? await live.trades(names.symbol).catch(() => undefined) : undefined
    if (trades && trades.length > 0) {
      const rows = trades.map((trade): [string, string, number, string, string, string, number] => [
        String(trade.price),
        String(trade.qty),
        Date.parse(trade.timestamp) / 1000,
        trade.side === 'buy' ? 'b' : 's',
        trade.ord_type === 'market' ? 'm' : 'l',
        '',
        trade.trade_id,
      ])
      const lastMs = Date.parse(trades[trades.length - 1]!.timestamp)
      // REST `last` is a nanosecond timestamp id (usable as `since`).
      return { [names.key]: rows, last: `${lastMs}000000` } as GetRecentTradesReturnType
    }
    return getRecentTrades(this.#rest, { pair: names.altname }, options)
  }

  /**
   * Tradable pairs (tick size, lot decimals, `ordermin`, `costmin`, status), fetched once and cached (pair metadata
   * rarely changes). With `pair`, only that pair, keyed by Kraken's REST key. Seed 004 `get_asset_pairs`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs
   */
  async getAssetPairs(pair?: string): Promise<GetAssetPairsReturnType> {
    if (pair === undefined) return this.#loadAssetPairs()
    const names = await this.#resolve(_parse(PairSchema, pair, 'getAssetPairs', 'pair'))
    const all = await this.#loadAssetPairs()
    return { [names.key]: all[names.key]! }
  }

  /** The pair map (every spelling of every pair), built from the cached AssetPairs. */
  pairs(): Promise<PairMap> {
    this.#pairMap ??= this.#loadAssetPairs().then((all) => new PairMap(all))
    return this.#pairMap
  }

  /**
   * Kraken's trading status: `{ status: 'online' | 'maintenance' | 'cancel_only' | 'post_only', timestamp }`. WS
   * path: the public connection's `status` channel; otherwise REST `GET /0/public/SystemStatus`.
   * Seed 004 `get_system_status`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-system-status, https://docs.kraken.com/api/docs/websocket-v2/status
   */
  async getSystemStatus(options: TraderCallOptions = {}): Promise<GetSystemStatusReturnType> {
    const live = this.#publicUp ? this.#live?.status : undefined
    if (live !== undefined) return { status: live, timestamp: new Date().toISOString() }
    const value = await getSystemStatus(this.#rest, {}, options)
    this.#restStatus = { value, at: Date.now() }
    return value
  }

  // ── account ──────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Balance per asset (`{ ZUSD: '1234.56', XXBT: '0.5' }`; REST `Balance`). Seed 004 `get_balance`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-account-balance
   */
  getBalance(options: TraderCallOptions = {}): Promise<Record<string, string>> {
    return getAccountBalance(this.#rest, {}, options)
  }

  /**
   * Margin summary `{ eb, tb, m, n, c, v, e, mf, ml }` (REST `TradeBalance`). Seed 004 `get_trade_balance`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-balance
   */
  getTradeBalance(asset = 'ZUSD', options: TraderCallOptions = {}): Promise<GetTradeBalanceReturnType> {
    return getTradeBalance(this.#rest, { asset }, options)
  }

  /**
   * Open margin positions (REST `OpenPositions`). Seed 004 `get_positions`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-positions
   */
  getPositions(
    params: { txid?: string | string[]; docalcs?: boolean } = {},
    options: TraderCallOptions = {},
  ): Promise<GetOpenPositionsReturnType> {
    return getOpenPositions(this.#rest, params as never, options)
  }

  /**
   * Ledger entries (REST `Ledgers`; Kraken names `asset`, `type`, `start`, `end`; seed 004's `ledger_type` is
   * accepted for `type`). Seed 004 `get_ledgers`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ledgers
   */
  getLedgers(
    params: {
      asset?: string
      type?: string
      ledger_type?: string
      start?: number | string
      end?: number | string
      ofs?: number
    } = {},
    options: TraderCallOptions = {},
  ): Promise<GetLedgersInfoReturnType> {
    const { ledger_type, ...rest } = params
    return getLedgersInfo(
      this.#rest,
      { ...rest, ...(ledger_type === undefined ? {} : { type: ledger_type }) } as never,
      options,
    )
  }

  /**
   * Open orders (REST `OpenOrders`: `{ open: { <txid>: … } }`). Seed 004 `get_orders`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-orders
   */
  getOrders(options: TraderCallOptions = {}): Promise<GetOpenOrdersReturnType> {
    return getOpenOrders(this.#rest, {}, options)
  }

  /**
   * Orders by txid (REST `QueryOrders`). Seed 004 `query_orders(txids, trades=False)`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-orders-info
   */
  queryOrders(
    txids: string | string[],
    params: { trades?: boolean } = {},
    options: TraderCallOptions = {},
  ): Promise<GetOrdersInfoReturnType> {
    return getOrdersInfo(this.#rest, { txid: txids, ...params }, options)
  }

  /**
   * Closed orders (REST `ClosedOrders`). Seed 004 `get_closed_orders`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-closed-orders
   */
  getClosedOrders(
    params: GetClosedOrdersParameters = {},
    options: TraderCallOptions = {},
  ): Promise<GetClosedOrdersReturnType> {
    return getClosedOrders(this.#rest, params, options)
  }

  /**
   * Own trade fills with fees (REST `TradesHistory`; Kraken names `type`, `start`, `end`; seed 004's `trade_type`
   * is accepted for `type`). Seed 004 `get_trades_history`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-history
   */
  getTradesHistory(
    params: { type?: string; trade_type?: string; start?: number | string; end?: number | string; ofs?: number } = {},
    options: TraderCallOptions = {},
  ): Promise<GetTradesHistoryReturnType> {
    const { trade_type, ...rest } = params
    return getTradesHistory(
      this.#rest,
      { ...rest, ...(trade_type === undefined ? {} : { type: trade_type }) } as never,
      options,
    )
  }

  // ── orders ───────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Places an order (seed 004 `place_order`). WS `add_order` while the authenticated WS is up, else REST
   * `AddOrder`; the result is REST's `{ descr: { order }, txid: [id] }` either way. Checked against the system
   * status first (a typed error, nothing sent; `{ statusGuard: false }` skips it). Never retried; a lost answer
   * rejects with `details.sent: 'maybe'` and is not re-sent on the other path.
   *
   * @example
   * await trader.placeOrder('XBTUSD', 'buy', 0.001, 'market')
   * await trader.placeOrder('BTC/USD', 'sell', '0.01', 'limit', { price: '99000', post_only: true, cl_ord_id: 'grid-1' })
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/add_order, https://docs.kraken.com/api/docs/rest-api/add-order
   */
  async placeOrder(
    pair: string,
    side: 'buy' | 'sell',
    volume: string | number,
    ordertype: OrderType = 'market',
    params: PlaceOrderParams = {},
    options: TraderCallOptions = {},
  ): Promise<PlaceOrderResult> {
    const method = 'placeOrder'
    const pairName = _parse(PairSchema, pair, method, 'pair')
    const order: _RestOrder = {
      type: _parse(SideSchema, side, method, 'side'),
      volume: _parse(DecimalSchema, volume, method, 'volume'),
      ordertype: _parse(OrderTypeSchema, ordertype, method, 'ordertype'),
    }
    const p = _parse(PlaceOrderParamsSchema, params ?? {}, method, '')
    Object.assign(order, {
      price: p.price,
      price2: p.price2,
      leverage: p.leverage,
      reduce_only: p.reduce_only,
      timeinforce: p.time_in_force?.toUpperCase(),
      expiretm: p.expiretm,
      oflags: p.post_only ? 'post' : undefined,
      cl_ord_id: p.cl_ord_id,
      userref: p.userref,
    })
    const clean = _compact(order)
    const names = await this.#resolve(pairName)
    await this.#guard([clean], options)
    const mapped = _toWsOrder(clean)
    const route = this.#route('order' in mapped ? undefined : mapped.reason)
    const validate = p.validate === true ? { validate: true } : {}
    const viaRest = async (): Promise<PlaceOrderResult> => {
      const result = await createOrder(this.#rest, { ...clean, pair: names.altname, ...validate } as never, options)
      return { descr: { order: result.descr.order }, ...(result.txid ? { txid: result.txid } : {}) }
    }
    return this.#send(method, pair, route, viaRest, async (ws) => {
      const wsOrder = (mapped as { order: Record<string, unknown> }).order
      const result = await ws.addOrder(
        { symbol: names.symbol, ...wsOrder, ...validate } as never,
        this.#wsCall(options),
      )
      const descr = { order: _describeOrder(clean, names.altname) }
      return p.validate === true || !result?.order_id ? { descr } : { descr, txid: [result.order_id] }
    })
  }

  /**
   * Changes an open order in place (seed 004 `edit_order`: keeps queue priority): WS `amend_order` or REST
   * `AmendOrder`. Resolves with `{ txid, amend_id }` (the order keeps its id).
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/amend_order, https://docs.kraken.com/api/docs/rest-api/amend-order
   */
  async editOrder(
    orderId: string,
    pair: string,
    params: EditOrderParams,
    options: TraderCallOptions = {},
  ): Promise<EditOrderResult> {
    const method = 'editOrder'
    const txid = _parse(OrderIdSchema, orderId, method, 'order_id')
    _parse(PairSchema, pair, method, 'pair')
    const p = _parse(EditOrderParamsSchema, params ?? {}, method, '')
    if (p.volume === undefined && p.price === undefined && p.post_only === undefined) {
      throw new KrakenValidationError('editOrder needs volume, price or post_only.', { field: 'volume' })
    }
    const amend = _compact({ order_qty: p.volume, limit_price: p.price, post_only: p.post_only })
    return this.#send(
      method,
      pair,
      this.#route(),
      async () => {
        const result = await amendOrder(this.#rest, { txid, ...amend } as never, options)
        return { txid, amend_id: result.amend_id }
      },
      async (ws) => {
        const result = await ws.amendOrder({ order_id: txid, ...amend } as never, this.#wsCall(options))
        return { txid, amend_id: result.amend_id }
      },
    )
  }

  /**
   * Cancels one order by txid (seed 004 `cancel_order`): WS `cancel_order` or REST `CancelOrder`. `{ count }`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_order, https://docs.kraken.com/api/docs/rest-api/cancel-order
   */
  async cancelOrder(orderId: string, options: TraderCallOptions = {}): Promise<CancelResult> {
    const txid = _parse(OrderIdSchema, orderId, 'cancelOrder', 'order_id')
    return this.#send(
      'cancelOrder',
      undefined,
      this.#route(),
      async () => ({ count: (await cancelOrder(this.#rest, { txid }, options)).count }),
      async (ws) => ({ count: (await ws.cancelOrder({ order_id: [txid] }, this.#wsCall(options))).length }),
    )
  }

  /**
   * Cancels every open order, account-wide (seed 004 `cancel_all_orders`; kill switch). `{ count }`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_all, https://docs.kraken.com/api/docs/rest-api/cancel-all-orders
   */
  async cancelAllOrders(options: TraderCallOptions = {}): Promise<CancelResult> {
    return this.#send(
      'cancelAllOrders',
      undefined,
      this.#route(),
      async () => ({ count: (await cancelAllOrders(this.#rest, {}, options)).count }),
      async (ws) => ({ count: (await ws.cancelAll(this.#wsCall(options))).count }),
    )
  }

  /**
   * Places 2–15 orders on one pair in one request (seed 004 `batch_add(orders, pair, validate)`, REST field names):
   * WS `batch_add` or REST `AddOrderBatch`. Resolves with REST's `{ orders: [{ txid, descr }] }` either way.
   *
   * @example
   * await trader.batchAdd([
   *   { ordertype: 'limit', type: 'buy', volume: '0.001', price: '60000' },
   *   { ordertype: 'limit', type: 'buy', volume: '0.001', price: '59000' },
   * ], 'XBTUSD')
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_add, https://docs.kraken.com/api/docs/rest-api/add-order-batch
   */
  async batchAdd(
    orders: readonly BatchOrder[],
    pair: string,
    params: { validate?: boolean } = {},
    options: TraderCallOptions = {},
  ): Promise<BatchAddResult> {
    const method = 'batchAdd'
    const list = _parse(BatchOrdersSchema, orders, method, 'orders').map((order) => _compact(order as _RestOrder))
    const pairName = _parse(PairSchema, pair, method, 'pair')
    const names = await this.#resolve(pairName)
    await this.#guard(list, options)
    const mapped = list.map(_toWsOrder)
    const refused = mapped.find((entry): entry is { reason: string } => 'reason' in entry)
    const validate = params.validate === true ? { validate: true } : {}
    return this.#send(
      method,
      pair,
      this.#route(refused?.reason),
      async () => {
        const result = await createOrderBatch(
          this.#rest,
          { orders: list, pair: names.altname, ...validate } as never,
          options,
        )
        return { orders: result.orders }
      },
      async (ws) => {
        const wsOrders = mapped.map((entry) => (entry as { order: Record<string, unknown> }).order)
        const result = await ws.batchAdd(
          { symbol: names.symbol, orders: wsOrders, ...validate } as never,
          this.#wsCall(options),
        )
        return {
          orders: list.map((order, index) => {
            const id = result?.[index]?.order_id
            const descr = { order: _describeOrder(order, names.altname) }
            return id && params.validate !== true ? { txid: id, descr } : { descr }
          }),
        }
      },
    )
  }

  /**
   * Cancels several orders by txid (seed 004 `batch_cancel`): WS `batch_cancel` or REST `CancelOrderBatch`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_cancel, https://docs.kraken.com/api/docs/rest-api/cancel-order-batch
   */
  async batchCancel(orderIds: readonly string[], options: TraderCallOptions = {}): Promise<CancelResult> {
    const ids = _parse(OrderIdsSchema, orderIds, 'batchCancel', 'order_ids')
    // Kraken quirk: WS batch_cancel needs 2–50 ids; a single id goes as cancel_order.
    return this.#send(
      'batchCancel',
      undefined,
      this.#route(),
      async () => ({ count: (await cancelOrderBatch(this.#rest, { orders: ids }, options)).count }),
      async (ws) =>
        ids.length === 1
          ? { count: (await ws.cancelOrder({ order_id: ids }, this.#wsCall(options))).length }
          : { count: (await ws.batchCancel({ orders: ids }, this.#wsCall(options))).count },
    )
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────────────────────

  #setUp(connection: 'public' | 'private', up: boolean): void {
    if (connection === 'public') {
      this.#publicUp = up
      return
    }
    if (this.#privateUp === up) return
    this.#privateUp = up
    this.emit('ws', up)
  }

  async #dropWs(): Promise<void> {
    const ws = this.#ws
    const live = this.#live
    this.#ws = undefined
    this.#live = undefined
    this.#setUp('private', false)
    this.#setUp('public', false)
    await live?.close()
    await ws?.close()
  }

  #route(reason?: string): Route {
    const ws = this.#ws
    if (!ws || !this.#privateUp) return { path: 'rest', ...(this.#options.ws === false ? {} : { reason: 'ws-down' }) }
    if (reason !== undefined) return { path: 'rest', reason }
    return { path: 'ws', ws }
  }

  #wsCall(options: TraderCallOptions): { timeout?: number } {
    return options.timeout === undefined ? {} : { timeout: options.timeout }
  }

  /**
   * Sends one order call over the chosen path and reports it. The only switch from WS to REST is a provable
   * non-send (`EWs:NotConnected`: the socket was closed before anything was written).
   */
  async #send<T>(
    method: OrderMethod,
    pair: string | undefined,
    route: Route,
    viaRest: () => Promise<T>,
    viaWs: (ws: SpotWsClient) => Promise<T>,
  ): Promise<T> {
    let path: OrderPath = route.path
    let reason = route.path === 'rest' ? route.reason : undefined
    try {
      if (route.path === 'ws') {
        try {
          const result = await viaWs(route.ws)
          this.emit('order', { path, method, pair, outcome: 'ok' })
          return result
        } catch (error) {
          if (!(isKrakenError(error) && error.code === 'EWs:NotConnected')) throw error
          path = 'rest'
          reason = 'ws-not-open'
        }
      }
      const result = await viaRest()
      this.emit('order', { path, method, pair, reason, outcome: 'ok' })
      return result
    } catch (error) {
      if (isKrakenError(error)) {
        const outcome = error.details.sent === 'maybe' ? 'unknown' : 'error'
        this.emit('order', { path, method, pair, reason, outcome, error })
      }
      throw error
    }
  }

  async #guard(orders: readonly _RestOrder[], options: TraderCallOptions): Promise<void> {
    if (options.statusGuard === false || this.#options.statusGuard === false) return
    const status = await this.#status(options)
    for (const order of orders) {
      const error = _checkSystemStatus(status, {
        ordertype: order.ordertype,
        postOnly: order.oflags?.split(',').includes('post') === true,
      })
      if (error) throw error
    }
  }

  async #status(options: TraderCallOptions): Promise<string> {
    const live = this.#publicUp ? this.#live?.status : undefined
    if (live !== undefined) return live
    const cached = this.#restStatus
    if (cached && Date.now() - cached.at < (this.#options.statusTtl ?? 5000)) return cached.value.status
    return (await this.getSystemStatus(options)).status
  }

  #loadAssetPairs(): Promise<GetAssetPairsReturnType> {
    this.#assetPairs ??= getAssetPairs(this.#rest, {}).catch((error: unknown) => {
      // A failed fetch is not cached: the next call tries again.
      this.#assetPairs = undefined
      this.#pairMap = undefined
      throw error
    })
    return this.#assetPairs
  }

  async #resolve(pair: string): Promise<PairNames> {
    return (await this.pairs()).resolve(pair)
  }

  #tickerSeed(names: PairNames): Promise<TickerInfo | undefined> {
    let seed = this.#tickerSeeds.get(names.key)
    if (!seed) {
      seed = getTicker(this.#rest, { pair: names.altname }).then(
        (result) => result[names.key],
        () => {
          this.#tickerSeeds.delete(names.key)
          return undefined
        },
      )
      this.#tickerSeeds.set(names.key, seed)
    }
    return seed
  }
}

/** Drops undefined fields (exactOptionalPropertyTypes; Kraken must not receive `price=undefined`). */
function _compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
