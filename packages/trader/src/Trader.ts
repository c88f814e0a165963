import type {
  GetAssetPairsReturnType,
  GetClosedOrdersParameters,
  GetClosedOrdersReturnType,
  GetLedgersInfoReturnType,
  GetOhlcReturnType,
  GetOpenOrdersReturnType,
  GetOpenPositionsReturnType,
  GetOrderBookReturnType,
  GetOrdersInfoReturnType,
  GetRecentSpreadsReturnType,
  GetRecentTradesReturnType,
  GetSystemStatusReturnType,
  GetTickerReturnType,
  GetTradeBalanceReturnType,
  GetTradesHistoryReturnType,
  SpotClient,
} from '@k/spot-rest'
import type { SpotWsClient } from '@k/spot-ws'
import { getBalance } from './actions/account/getBalance.js'
import { getClosedOrders } from './actions/account/getClosedOrders.js'
import { getLedgers } from './actions/account/getLedgers.js'
import { getOrders } from './actions/account/getOrders.js'
import { getPositions } from './actions/account/getPositions.js'
import { getTradeBalance } from './actions/account/getTradeBalance.js'
import { getTradesHistory } from './actions/account/getTradesHistory.js'
import { queryOrders } from './actions/account/queryOrders.js'
import { getAssetPairs } from './actions/market/getAssetPairs.js'
import { getOhlc } from './actions/market/getOhlc.js'
import { getOrderbook } from './actions/market/getOrderbook.js'
import { getRecentTrades } from './actions/market/getRecentTrades.js'
import { getSpread } from './actions/market/getSpread.js'
import { getSystemStatus } from './actions/market/getSystemStatus.js'
import { getTicker } from './actions/market/getTicker.js'
import { getTrades } from './actions/market/getTrades.js'
import { batchAdd } from './actions/orders/batchAdd.js'
import { batchCancel } from './actions/orders/batchCancel.js'
import { cancelAllOrders } from './actions/orders/cancelAllOrders.js'
import { cancelOrder } from './actions/orders/cancelOrder.js'
import { editOrder } from './actions/orders/editOrder.js'
import { placeOrder } from './actions/orders/placeOrder.js'
import { _connectWs } from './internal/_connectWs.js'
import { _createTraderContext } from './internal/_createTraderContext.js'
import { _dropWs } from './internal/_dropWs.js'
import { _Emitter } from './internal/_Emitter.js'
import { _loadPairMap } from './internal/_loadPairMap.js'
import type { _TraderContext } from './internal/_TraderContext.js'
import type { PairMap } from './PairMap.js'
import type {
  BatchAddResult,
  BatchOrder,
  CancelResult,
  EditOrderParams,
  EditOrderResult,
  OrderPath,
  OrderType,
  PlaceOrderParams,
  PlaceOrderResult,
  TraderCallOptions,
  TraderEvents,
  TraderOptions,
} from './types.js'

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
  /** Everything the action functions share (`internal/_TraderContext.ts`); never the credentials themselves. */
  readonly #ctx: _TraderContext

  constructor(options: TraderOptions = {}) {
    super()
    this.#ctx = _createTraderContext(options, (event, ...args) => this.emit(event, ...args))
  }

  /** Whether orders currently go over the WebSocket (authenticated connection open). */
  get wsUp(): boolean {
    return this.#ctx.privateUp && this.#ctx.ws !== undefined
  }

  /** Which path the next order would take (`ws` or `rest`), given the connection state now. */
  get path(): OrderPath {
    return this.wsUp ? 'ws' : 'rest'
  }

  /** The REST client underneath (for endpoints the facade does not cover). */
  get restClient(): SpotClient {
    return this.#ctx.rest
  }

  /** The WebSocket client underneath once `connect()` opened it (subscribe to more channels, e.g. `executions`). */
  get wsClient(): SpotWsClient | undefined {
    return this.#ctx.ws
  }

  /**
   * Opens the WebSocket path (public, and authenticated when key and secret were given). Resolves with whether it
   * is up; a failed connect is emitted as `error` and the trader keeps working over REST. Does nothing with
   * `ws: false`.
   */
  connect(): Promise<{ ws: boolean }> {
    return _connectWs(this.#ctx)
  }

  /** Closes the WebSocket path (REST calls still work afterwards). */
  close(): Promise<void> {
    return _dropWs(this.#ctx)
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close()
  }

  // ── market data ──────────────────────────────────────────────────────────────────────────────────────────────────

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
  getTicker(pair = 'XBTUSD', options: TraderCallOptions = {}): Promise<GetTickerReturnType> {
    return getTicker(this.#ctx, pair, options)
  }

  /**
   * Order book of a pair (`{ XXBTZUSD: { asks, bids } }`, levels `[price, volume, timestamp]`). WS path: the
   * checksum-verified live book (SpotOrderBookClient) when `count` ≤ `bookDepth`; the timestamp is the book's last
   * update. Seed 004 `get_orderbook`; REST `GET /0/public/Depth`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-order-book, https://docs.kraken.com/api/docs/websocket-v2/book
   */
  getOrderbook(pair = 'XBTUSD', count = 100, options: TraderCallOptions = {}): Promise<GetOrderBookReturnType> {
    return getOrderbook(this.#ctx, pair, count, options)
  }

  /**
   * OHLC candles (REST `GET /0/public/OHLC`; interval in minutes). Seed 004 `get_ohlc`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ohlc-data
   */
  getOhlc(pair = 'XBTUSD', interval = 1, since?: number, options: TraderCallOptions = {}): Promise<GetOhlcReturnType> {
    return getOhlc(this.#ctx, pair, interval, since, options)
  }

  /**
   * Recent public trades (REST `GET /0/public/Trades`). Seed 004 `get_recent_trades`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades
   */
  getRecentTrades(
    pair = 'XBTUSD',
    since?: string | number,
    options: TraderCallOptions = {},
  ): Promise<GetRecentTradesReturnType> {
    return getRecentTrades(this.#ctx, pair, since, options)
  }

  /**
   * Recent best bid/ask records `[time, bid, ask]` (REST `GET /0/public/Spread`). Seed 004 `get_spread`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-spreads
   */
  getSpread(pair = 'XBTUSD', since?: number, options: TraderCallOptions = {}): Promise<GetRecentSpreadsReturnType> {
    return getSpread(this.#ctx, pair, since, options)
  }

  /**
   * Trades of a pair from the live WS `trade` stream (REST `Trades` shape: `{ XXBTZUSD: [[price, volume, time,
   * side, type, misc, trade_id]], last }`); over REST when the WS path is down. Seed 004 `get_trades`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades, https://docs.kraken.com/api/docs/websocket-v2/trade
   */
  getTrades(pair = 'BTC/USD', options: TraderCallOptions = {}): Promise<GetRecentTradesReturnType> {
    return getTrades(this.#ctx, pair, options)
  }

  /**
   * Tradable pairs (tick size, lot decimals, `ordermin`, `costmin`, status), fetched once and cached (pair metadata
   * rarely changes). With `pair`, only that pair, keyed by Kraken's REST key. Seed 004 `get_asset_pairs`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs
   */
  getAssetPairs(pair?: string): Promise<GetAssetPairsReturnType> {
    return getAssetPairs(this.#ctx, pair)
  }

  /** The pair map (every spelling of every pair), built from the cached AssetPairs. */
  pairs(): Promise<PairMap> {
    return _loadPairMap(this.#ctx)
  }

  /**
   * Kraken's trading status: `{ status: 'online' | 'maintenance' | 'cancel_only' | 'post_only', timestamp }`. WS
   * path: the public connection's `status` channel; otherwise REST `GET /0/public/SystemStatus`.
   * Seed 004 `get_system_status`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-system-status, https://docs.kraken.com/api/docs/websocket-v2/status
   */
  getSystemStatus(options: TraderCallOptions = {}): Promise<GetSystemStatusReturnType> {
    return getSystemStatus(this.#ctx, options)
  }

  // ── account ────────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Balance per asset (`{ ZUSD: '1234.56', XXBT: '0.5' }`; REST `Balance`). Seed 004 `get_balance`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-account-balance
   */
  getBalance(options: TraderCallOptions = {}): Promise<Record<string, string>> {
    return getBalance(this.#ctx, options)
  }

  /**
   * Margin summary `{ eb, tb, m, n, c, v, e, mf, ml }` (REST `TradeBalance`). Seed 004 `get_trade_balance`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-balance
   */
  getTradeBalance(asset = 'ZUSD', options: TraderCallOptions = {}): Promise<GetTradeBalanceReturnType> {
    return getTradeBalance(this.#ctx, asset, options)
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
    return getPositions(this.#ctx, params, options)
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
    return getLedgers(this.#ctx, params, options)
  }

  /**
   * Open orders (REST `OpenOrders`: `{ open: { <txid>: … } }`). Seed 004 `get_orders`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-orders
   */
  getOrders(options: TraderCallOptions = {}): Promise<GetOpenOrdersReturnType> {
    return getOrders(this.#ctx, options)
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
    return queryOrders(this.#ctx, txids, params, options)
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
    return getClosedOrders(this.#ctx, params, options)
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
    return getTradesHistory(this.#ctx, params, options)
  }

  // ── orders ────────────────────────────────────────────────────────────────────────────────────────────────────

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
  placeOrder(
    pair: string,
    side: 'buy' | 'sell',
    volume: string | number,
    ordertype: OrderType = 'market',
    params: PlaceOrderParams = {},
    options: TraderCallOptions = {},
  ): Promise<PlaceOrderResult> {
    return placeOrder(this.#ctx, pair, side, volume, ordertype, params, options)
  }

  /**
   * Changes an open order in place (seed 004 `edit_order`: keeps queue priority): WS `amend_order` or REST
   * `AmendOrder`. Resolves with `{ txid, amend_id }` (the order keeps its id).
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/amend_order, https://docs.kraken.com/api/docs/rest-api/amend-order
   */
  editOrder(
    orderId: string,
    pair: string,
    params: EditOrderParams,
    options: TraderCallOptions = {},
  ): Promise<EditOrderResult> {
    return editOrder(this.#ctx, orderId, pair, params, options)
  }

  /**
   * Cancels one order by txid (seed 004 `cancel_order`): WS `cancel_order` or REST `CancelOrder`. `{ count }`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_order, https://docs.kraken.com/api/docs/rest-api/cancel-order
   */
  cancelOrder(orderId: string, options: TraderCallOptions = {}): Promise<CancelResult> {
    return cancelOrder(this.#ctx, orderId, options)
  }

  /**
   * Cancels every open order, account-wide (seed 004 `cancel_all_orders`; kill switch). `{ count }`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_all, https://docs.kraken.com/api/docs/rest-api/cancel-all-orders
   */
  cancelAllOrders(options: TraderCallOptions = {}): Promise<CancelResult> {
    return cancelAllOrders(this.#ctx, options)
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
  batchAdd(
    orders: readonly BatchOrder[],
    pair: string,
    params: { validate?: boolean } = {},
    options: TraderCallOptions = {},
  ): Promise<BatchAddResult> {
    return batchAdd(this.#ctx, orders, pair, params, options)
  }

  /**
   * Cancels several orders by txid (seed 004 `batch_cancel`): WS `batch_cancel` or REST `CancelOrderBatch`.
   *
   * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/batch_cancel, https://docs.kraken.com/api/docs/rest-api/cancel-order-batch
   */
  batchCancel(orderIds: readonly string[], options: TraderCallOptions = {}): Promise<CancelResult> {
    return batchCancel(this.#ctx, orderIds, options)
  }
}
