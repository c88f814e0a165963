import type { KrakenError } from '@k/errors'
import type { SpotClient, SpotTier } from '@k/spot-rest'
import type { SpotWsClientOptions } from '@k/spot-ws'

/** Which connection carried a call. */
export type OrderPath = 'ws' | 'rest'

/** The order methods of the trader (what an `order` event reports). */
export type OrderMethod = 'placeOrder' | 'editOrder' | 'cancelOrder' | 'cancelAllOrders' | 'batchAdd' | 'batchCancel'

/**
 * What the `order` event carries: which path served one order call, and how it ended. Emitted exactly once per
 * call that reached a path (not for calls rejected by validation or the status guard).
 */
export type OrderEvent = {
  readonly path: OrderPath
  readonly method: OrderMethod
  /** The pair as given (placeOrder, editOrder, batchAdd). */
  readonly pair?: string | undefined
  /** Why REST served it although a WebSocket is configured (`ws-down`, `leverage`, `not-mappable` …). */
  readonly reason?: string | undefined
  /** `ok`; `error` (Kraken answered with an error); `unknown` (the answer was lost: the order may exist). */
  readonly outcome: 'ok' | 'error' | 'unknown'
  readonly error?: KrakenError | undefined
}

/** Events of a {@link Trader}. */
export type TraderEvents = {
  /** One per order call: which path (ws/rest) served it and its outcome. */
  order: (event: OrderEvent) => void
  /** The WebSocket path went up (`true`, authenticated and open) or down (`false`); calls switch path accordingly. */
  ws: (up: boolean) => void
  /** Something failed without a caller to reject (WS connect failure, reconnect gave up, book resync gave up). */
  error: (error: KrakenError) => void
}

/** Options of {@link createTrader}. */
export type TraderOptions = {
  /** Spot API key. Kept inside the REST/WS clients' private fields; never printed or serialised. */
  readonly key?: string | undefined
  /** Spot API secret (base64). Kept inside the REST/WS clients' private fields; never printed or serialised. */
  readonly secret?: string | undefined
  /** Use the WebSocket path (`connect()` opens it). Default `true`; `false` = REST only. */
  readonly ws?: boolean | undefined
  /** Spot REST base. Default `https://api.kraken.com` (kraken-sim: `sim.url`). */
  readonly baseUrl?: string | undefined
  /** Public WS v2 endpoint. Default `wss://ws.kraken.com/v2` (kraken-sim: `sim.wsUrl`). */
  readonly wsUrl?: string | undefined
  /** Authenticated WS v2 endpoint. Default `wss://ws-auth.kraken.com/v2` (kraken-sim: `sim.authWsUrl`). */
  readonly authWsUrl?: string | undefined
  /** Your Kraken verification tier (sets the REST client's rate limiter). Default `'starter'`. */
  readonly tier?: SpotTier | undefined
  /** `false` turns the REST client's rate limiter off (e.g. against kraken-sim with `rateLimits: false`). */
  readonly rateLimit?: boolean | undefined
  /** REST request timeout (ms). Default 10 000. */
  readonly timeout?: number | undefined
  /** Check Kraken's system status before new orders and refuse them with a typed error. Default `true`. */
  readonly statusGuard?: boolean | undefined
  /** How long a REST `SystemStatus` answer is reused by the guard (ms). Default 5 000. */
  readonly statusTtl?: number | undefined
  /** Depth of the live WS order books (10, 25, 100, 500, 1000). Default 100. */
  readonly bookDepth?: 10 | 25 | 100 | 500 | 1000 | undefined
  /** How long a first WS cache fill may take before the call is served over REST instead (ms). Default 2 000. */
  readonly cacheWait?: number | undefined
  /** An existing @k/spot-rest client (shares its nonce generator and rate limiter). Overrides key/secret/baseUrl for REST. */
  readonly restClient?: SpotClient | undefined
  /** More SpotWsClient options (reconnect backoff, timeouts, a WebSocket implementation). */
  readonly wsOptions?:
    | Omit<SpotWsClientOptions, 'key' | 'secret' | 'url' | 'authUrl' | 'restUrl' | 'restClient' | 'callback'>
    | undefined
}

/** SDK options of one trader call (second/last argument; never mixed into Kraken's parameters). */
export type TraderCallOptions = {
  /** Overrides the REST/WS timeout for this call (ms). */
  readonly timeout?: number | undefined
  /** `false` skips the system-status guard for this order. */
  readonly statusGuard?: boolean | undefined
}

/** Order types seed 004 lists (Kraken's REST names). */
export type OrderType =
  | 'market'
  | 'limit'
  | 'iceberg'
  | 'stop-loss'
  | 'take-profit'
  | 'stop-loss-limit'
  | 'take-profit-limit'
  | 'trailing-stop'
  | 'trailing-stop-limit'
  | 'settle-position'

/** Optional order fields of {@link Trader.placeOrder} (seed 004 names; decimals accept string | number). */
export type PlaceOrderParams = {
  /** Limit price (limit types) or trigger price (stop-loss, take-profit, trailing). */
  readonly price?: string | number | undefined
  /** Limit price of `*-limit` trigger orders. */
  readonly price2?: string | number | undefined
  /** Margin leverage (2–5). Kraken's WS v2 cannot carry a leverage level, so such orders go over REST. */
  readonly leverage?: string | number | undefined
  readonly reduce_only?: boolean | undefined
  /** `GTC` | `IOC` | `GTD` (REST spelling; lower-cased for WS). */
  readonly time_in_force?: 'GTC' | 'IOC' | 'GTD' | 'gtc' | 'ioc' | 'gtd' | undefined
  /** Expiry for GTD (REST `expiretm`: Unix seconds or `+<n>`). */
  readonly expiretm?: string | number | undefined
  readonly post_only?: boolean | undefined
  /** Your client order id (≤ 36 chars); use it to look an outcome-unknown order up. */
  readonly cl_ord_id?: string | undefined
  readonly userref?: number | undefined
  /** Validate only; Kraken does not place the order. */
  readonly validate?: boolean | undefined
}

/** Result of {@link Trader.placeOrder}: Kraken's REST `AddOrder` shape on both paths. `txid` is absent on validate. */
export type PlaceOrderResult = { descr: { order: string }; txid?: string[] }

/** Fields of {@link Trader.editOrder} (seed 004 `edit_order`). */
export type EditOrderParams = {
  readonly volume?: string | number | undefined
  readonly price?: string | number | undefined
  readonly post_only?: boolean | undefined
}

/** Result of {@link Trader.editOrder}: the order keeps its id (an in-place amend) and gets an `amend_id`. */
export type EditOrderResult = { txid: string; amend_id: string }

/** One order of {@link Trader.batchAdd} (Kraken's REST AddOrderBatch names, as in seed 004). */
export type BatchOrder = {
  readonly ordertype: OrderType
  /** The side. */
  readonly type: 'buy' | 'sell'
  readonly volume: string | number
  readonly price?: string | number | undefined
  readonly price2?: string | number | undefined
  readonly timeinforce?: 'GTC' | 'IOC' | 'GTD' | undefined
  readonly oflags?: string | undefined
  readonly reduce_only?: boolean | undefined
  readonly cl_ord_id?: string | undefined
  readonly userref?: number | undefined
}

/** Result of {@link Trader.batchAdd}: Kraken's REST `AddOrderBatch` shape on both paths. */
export type BatchAddResult = { orders: Array<{ txid?: string; descr?: { order: string }; error?: string }> }

/** Result of the cancel methods on both paths. */
export type CancelResult = { count: number }
