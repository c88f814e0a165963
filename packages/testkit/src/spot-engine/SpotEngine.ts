import { findAsset, type SimPair } from '../spot-market/pairs.js'
import type { SpotMarket } from '../spot-market/SpotMarket.js'
import type { SimAccountInit } from '../types.js'
import { _describeOrder } from './internal/_describeOrder.js'
import { _createIds } from './internal/_ids.js'
import { _decimal, _flag, _parseOrder, _price, _text, type ParsedOrder } from './internal/_parseOrder.js'
import { SimKrakenError } from './SimKrakenError.js'
import type {
  SpotAmendParams,
  SpotEditParams,
  SpotEngineEvent,
  SpotExecutionReport,
  SpotLedgerEntry,
  SpotOrder,
  SpotOrderParams,
  SpotUserTrade,
} from './types.js'

/** One entry of an order's amend history (REST OrderAmends). */
export type SpotAmend = {
  amend_id: string
  amend_type: 'original' | 'user' | 'restated'
  order_qty: string
  display_qty?: string
  remaining_qty: string
  limit_price?: string
  trigger_price?: string
  post_only?: boolean
  timestamp: number
}

/** Everything the engine keeps for one API key. */
export type SpotAccount = {
  key: string
  balances: Map<string, number>
  orders: Map<string, SpotOrder>
  trades: Map<string, SpotUserTrade>
  ledgers: Map<string, SpotLedgerEntry>
  amends: Map<string, SpotAmend[]>
  deadman: { timer: ReturnType<typeof setTimeout>; triggerTime: number } | undefined
}

/** Result of {@link SpotEngine.addOrder} (REST AddOrder result plus the order object). */
export type SpotAddOrderResult = { descr: { order: string }; txid?: string[]; order?: SpotOrder }

/** Result of {@link SpotEngine.editOrder} (REST EditOrder result). `validate` answers only `descr` and `status`. */
export type SpotEditResult = {
  descr: { order: string }
  txid?: string
  originaltxid?: string
  volume?: string
  price?: string
  price2?: string
  orders_cancelled?: number
  olduserref?: number
  newuserref?: number
  status: 'ok'
}

/** Taker fee rate of the simulator (Kraken's first tier in AssetPairs `fees`: 0.26 %). */
export const TAKER_FEE = 0.0026
/** Maker fee rate of the simulator (Kraken's first tier in AssetPairs `fees_maker`: 0.16 %). */
export const MAKER_FEE = 0.0016

/** Options of {@link SpotEngine}. */
export type SpotEngineOptions = {
  seed: number
  market: SpotMarket
  /** Looks up an account's initial state (balances) by key. */
  account: (key: string) => SimAccountInit | undefined
  now?: () => number
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals
const assetDecimals = (asset: string) => findAsset(asset)?.decimals ?? 8

/**
 * The spot matching engine: balances, orders (every Kraken order type and flag), fills against the synthetic book,
 * trades, ledgers, amends, dead man's switch. Shared by Spot REST and Spot WS v2 (same accounts, same orders).
 * Methods take REST wire names and throw {@link SimKrakenError} with Kraken's exact strings. It does NOT charge
 * rate-limit counters: callers do (`chargeTradingCounter`), so REST and WS share them.
 *
 * @example
 * const engine = getSpotEngine(sim.state)
 * engine.addOrder(key, { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.01' })
 */
export class SpotEngine {
  readonly #market: SpotMarket
  readonly #accountInit: (key: string) => SimAccountInit | undefined
  readonly #now: () => number
  readonly #accounts = new Map<string, SpotAccount>()
  readonly #open = new Set<SpotOrder>()
  readonly #listeners = new Set<(event: SpotEngineEvent) => void>()
  readonly #timers = new Set<ReturnType<typeof setTimeout>>()
  readonly #id: (prefix: 'O' | 'T' | 'L' | 'F' | 'E') => string
  readonly #unhook: () => void

  constructor(options: SpotEngineOptions) {
    this.#market = options.market
    this.#accountInit = options.account
    this.#now = options.now ?? Date.now
    this.#id = _createIds(options.seed)
    const hook = () => this.#onMarketStep()
    this.#market.stepHooks.add(hook)
    this.#unhook = () => this.#market.stepHooks.delete(hook)
  }

  /** Kraken-style id generator (also used by funding/earn routes for refids). */
  newId(prefix: 'O' | 'T' | 'L' | 'F' | 'E'): string {
    return this.#id(prefix)
  }

  /** Subscribes to execution and balance events; returns the unsubscribe function. */
  onEvent(listener: (event: SpotEngineEvent) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** The account of a key (unknown keys start with zero balances). */
  account(key: string): SpotAccount {
    let account = this.#accounts.get(key)
    if (!account) {
      const balances = new Map<string, number>()
      for (const [asset, amount] of Object.entries(this.#accountInit(key)?.balances ?? {})) {
        balances.set(findAsset(asset)?.name ?? asset, Number(amount))
      }
      account = {
        key,
        balances,
        orders: new Map(),
        trades: new Map(),
        ledgers: new Map(),
        amends: new Map(),
        deadman: undefined,
      }
      this.#accounts.set(key, account)
    }
    return account
  }

  /** Balances by REST asset name, written with each asset's decimals (REST Balance). */
  balances(key: string): Record<string, string> {
    const result: Record<string, string> = {}
    for (const [asset, amount] of this.account(key).balances) result[asset] = amount.toFixed(assetDecimals(asset))
    return result
  }

  /** Amount held by open orders, by asset. */
  holds(key: string): Map<string, number> {
    const holds = new Map<string, number>()
    for (const order of this.account(key).orders.values()) {
      if (order.status !== 'open' && order.status !== 'pending') continue
      const [asset, amount] = this.#required(order, order.volume - order.vol_exec)
      holds.set(asset, (holds.get(asset) ?? 0) + amount)
    }
    return holds
  }

  /** Open (and untriggered) orders of a key, oldest first. */
  openOrders(key: string): SpotOrder[] {
    return [...this.account(key).orders.values()].filter(
      (order) => order.status === 'open' || order.status === 'pending',
    )
  }

  /** Closed, canceled and expired orders of a key, newest first. */
  closedOrders(key: string): SpotOrder[] {
    return [...this.account(key).orders.values()]
      .filter((order) => order.status !== 'open' && order.status !== 'pending')
      .reverse()
  }

  /** An order by txid, or `undefined`. */
  order(key: string, txid: string): SpotOrder | undefined {
    return this.account(key).orders.get(txid)
  }

  /** Adds an order (REST AddOrder). `validate` → checks only. */
  addOrder(key: string, params: SpotOrderParams): SpotAddOrderResult {
    const parsed = _parseOrder(params, this.#now())
    return this.#place(key, parsed)
  }

  /** Adds 2–15 orders on one pair (REST AddOrderBatch); the batch is validated as a whole first. */
  batchAdd(key: string, params: { pair?: unknown; orders?: unknown; validate?: unknown; deadline?: unknown }) {
    const orders = params.orders
    if (!Array.isArray(orders) || orders.length < 2 || orders.length > 15)
      throw new SimKrakenError('EGeneral:Invalid arguments:orders')
    const validate = _flag(params.validate)
    const parsed = orders.map((order) => {
      if (!order || typeof order !== 'object') throw new SimKrakenError('EGeneral:Invalid arguments:orders')
      return _parseOrder({ ...(order as SpotOrderParams), pair: params.pair as string, validate }, this.#now())
    })
    return {
      orders: parsed.map((order) => {
        try {
          const result = this.#place(key, order)
          return { ...(result.txid ? { txid: result.txid[0] } : {}), descr: result.descr }
        } catch (error) {
          if (error instanceof SimKrakenError) return { error: error.krakenError }
          throw error
        }
      }),
    }
  }

  /** Amends an open order in place (same txid, new `amend_id`; REST AmendOrder / WS amend_order). */
  amendOrder(key: string, params: SpotAmendParams): { amend_id: string } {
    const order = this.#findOne(key, params.txid, params.cl_ord_id)
    const { pair } = order
    const qty =
      _text(params.order_qty) === undefined ? undefined : _decimal(params.order_qty, 'order_qty', pair.lot_decimals)
    const limit = _text(params.limit_price) === undefined ? undefined : _price(params.limit_price, pair, 'limit_price')
    const trigger =
      _text(params.trigger_price) === undefined ? undefined : _price(params.trigger_price, pair, 'trigger_price')
    const display =
      _text(params.display_qty) === undefined
        ? undefined
        : _decimal(params.display_qty, 'display_qty', pair.lot_decimals)
    if (qty === undefined && limit === undefined && trigger === undefined && display === undefined) {
      throw new SimKrakenError('EGeneral:Invalid arguments')
    }
    if (qty !== undefined && (qty <= order.vol_exec || qty < Number(pair.ordermin)))
      throw new SimKrakenError('EGeneral:Invalid arguments:order_qty')
    const hasLimit = order.ordertype === 'limit' || order.ordertype === 'iceberg' || order.ordertype.endsWith('-limit')
    if (limit !== undefined && !hasLimit) throw new SimKrakenError('EGeneral:Invalid arguments:limit_price')
    if (trigger !== undefined && hasLimit && !order.ordertype.endsWith('-limit'))
      throw new SimKrakenError('EGeneral:Invalid arguments:trigger_price')
    const postOnly = _flag(params.post_only) || order.oflags.has('post')
    const nextLimit = limit ?? (order.ordertype.endsWith('-limit') ? order.price2 : order.price)
    if (postOnly && limit !== undefined && order.triggered && this.#marketable(order, nextLimit))
      throw new SimKrakenError('EOrder:Post only order')
    if (qty !== undefined) order.volume = qty
    if (display !== undefined) order.displayvol = display
    if (limit !== undefined) {
      if (order.ordertype.endsWith('-limit')) order.price2 = limit
      else order.price = limit
    }
    if (trigger !== undefined) order.price = trigger
    const amend = this.#recordAmend(order, 'user')
    this.#emit({ kind: 'execution', key, report: this.#report(order, 'amended', { amended: true }) })
    if (!order.triggered) this.#checkTrigger(order)
    else if (!postOnly) this.#takeIfMarketable(order)
    return { amend_id: amend.amend_id }
  }

  /** Replaces an open order by a new one (new txid; the original is cancelled; REST EditOrder / WS edit_order). */
  editOrder(key: string, params: SpotEditParams): SpotEditResult {
    const txid = _text(params.txid)
    if (txid === undefined) throw new SimKrakenError('EGeneral:Invalid arguments:txid')
    const original = this.#findOne(key, txid, undefined)
    if (params.pair !== undefined && _text(params.pair) !== undefined) {
      const pair = this.#market.findPair(String(params.pair))
      if (!pair) throw new SimKrakenError('EQuery:Unknown asset pair')
      if (pair !== original.pair) throw new SimKrakenError('EGeneral:Invalid arguments:pair')
    }
    const price = (value: number | undefined) =>
      value === undefined ? undefined : value.toFixed(original.pair.pair_decimals)
    const replacement: SpotOrderParams = {
      pair: original.pair.altname,
      type: original.type,
      ordertype: original.ordertype,
      volume: params.volume ?? (original.volume - original.vol_exec).toFixed(original.pair.lot_decimals),
      price: params.price ?? (original.trailingOffset ? `+${original.trailingOffset.value}` : price(original.price)),
      price2: params.price2 ?? price(original.price2),
      displayvol: params.displayvol ?? original.displayvol,
      oflags: params.oflags ?? [...original.oflags],
      userref: params.userref ?? original.userref,
      timeinforce: original.timeinforce,
      validate: params.validate,
    }
    const parsed = _parseOrder(replacement, this.#now())
    if (parsed.validate) return { descr: { order: _describeOrder(parsed) }, status: 'ok' }
    // Funds of the original are released before the replacement is checked (Kraken cancels, then adds).
    this.#close(original, 'canceled', 'Order replaced')
    const result = this.#place(key, parsed)
    const order = result.order as SpotOrder
    return {
      descr: result.descr,
      txid: order.txid,
      originaltxid: original.txid,
      volume: order.volume.toFixed(order.pair.lot_decimals),
      price: (order.price ?? 0).toFixed(order.pair.pair_decimals),
      price2: (order.price2 ?? 0).toFixed(order.pair.pair_decimals),
      orders_cancelled: 1,
      ...(original.userref === undefined ? {} : { olduserref: original.userref }),
      ...(order.userref === undefined ? {} : { newuserref: order.userref }),
      status: 'ok',
    }
  }

  /** Cancels by txid, userref (all matching) or cl_ord_id (REST CancelOrder). */
  cancelOrder(key: string, params: { txid?: unknown; cl_ord_id?: unknown }): { count: number } {
    const orders = this.#find(key, _text(params.txid), _text(params.cl_ord_id))
    if (!orders.length) throw new SimKrakenError('EOrder:Unknown order')
    for (const order of orders) this.#close(order, 'canceled', 'User requested')
    return { count: orders.length }
  }

  /** Cancels every open order of a key (REST CancelAll / WS cancel_all). */
  cancelAll(key: string, reason = 'User requested'): { count: number } {
    const orders = this.openOrders(key)
    for (const order of orders) this.#close(order, 'canceled', reason)
    return { count: orders.length }
  }

  /** Cancels up to 50 orders by txid/userref and cl_ord_id (REST CancelOrderBatch / WS batch_cancel). */
  batchCancel(key: string, params: { orders?: unknown; cl_ord_ids?: unknown }): { count: number } {
    const refs = (value: unknown, field: string) =>
      Array.isArray(value)
        ? value.map((item) => _text(item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : item))
        : []
    const txids = refs(params.orders, 'txid')
    const clOrdIds = refs(params.cl_ord_ids, 'cl_ord_id')
    if (!txids.length && !clOrdIds.length) throw new SimKrakenError('EGeneral:Invalid arguments:orders')
    if (txids.length + clOrdIds.length > 50) throw new SimKrakenError('EGeneral:Invalid arguments:orders')
    const orders = new Set<SpotOrder>()
    for (const txid of txids) for (const order of this.#find(key, txid, undefined)) orders.add(order)
    for (const clOrdId of clOrdIds) for (const order of this.#find(key, undefined, clOrdId)) orders.add(order)
    if (!orders.size) throw new SimKrakenError('EOrder:Unknown order')
    for (const order of orders) this.#close(order, 'canceled', 'User requested')
    return { count: orders.size }
  }

  /**
   * Dead man's switch (REST CancelAllOrdersAfter / WS cancel_all_orders_after): a real timer that cancels every open
   * order of the key when it fires; each call re-arms it; `timeout` 0 disables it. Max 86400 seconds.
   */
  cancelAllOrdersAfter(key: string, timeout: unknown): { currentTime: string; triggerTime: string } {
    const seconds = Number(_text(timeout))
    if (_text(timeout) === undefined || !Number.isInteger(seconds) || seconds < 0 || seconds > 86_400) {
      throw new SimKrakenError('EGeneral:Invalid arguments:timeout')
    }
    const account = this.account(key)
    const now = this.#now()
    if (account.deadman) {
      clearTimeout(account.deadman.timer)
      this.#timers.delete(account.deadman.timer)
      account.deadman = undefined
    }
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    if (seconds === 0) return { currentTime: iso(now), triggerTime: '0' }
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      account.deadman = undefined
      this.cancelAll(key, 'Dead man switch')
    }, seconds * 1000)
    timer.unref?.()
    this.#timers.add(timer)
    account.deadman = { timer, triggerTime: now + seconds * 1000 }
    return { currentTime: iso(now), triggerTime: iso(now + seconds * 1000) }
  }

  /** Credits (or debits, negative) an asset with a ledger entry (deposits, withdrawals, transfers, earn). */
  adjustBalance(
    key: string,
    asset: string,
    amount: number,
    type: SpotLedgerEntry['type'],
    refid: string,
    fee = 0,
  ): SpotLedgerEntry {
    const name = findAsset(asset)?.name ?? asset
    const account = this.account(key)
    const decimals = assetDecimals(name)
    const balance = round((account.balances.get(name) ?? 0) + amount - fee, decimals)
    account.balances.set(name, balance)
    const ledger: SpotLedgerEntry = {
      id: this.#id('L'),
      refid,
      time: this.#now(),
      type,
      subtype: '',
      aclass: findAsset(name)?.aclass ?? 'currency',
      asset: name,
      amount: amount.toFixed(decimals),
      fee: fee.toFixed(decimals),
      balance: balance.toFixed(decimals),
    }
    account.ledgers.set(ledger.id, ledger)
    this.#emit({
      kind: 'balance',
      key,
      asset: name,
      wsAsset: findAsset(name)?.wsname ?? name,
      balance: ledger.balance,
      ledger,
    })
    return ledger
  }

  /** Clears timers and the market hook (called by `sim.close()`). */
  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    this.#unhook()
  }

  #emit(event: SpotEngineEvent): void {
    for (const listener of [...this.#listeners]) listener(event)
  }

  #find(key: string, txid: string | undefined, clOrdId: string | undefined): SpotOrder[] {
    const open = this.openOrders(key)
    if (clOrdId !== undefined) return open.filter((order) => order.cl_ord_id === clOrdId)
    if (txid === undefined) throw new SimKrakenError('EGeneral:Invalid arguments:txid')
    // Kraken quirk: `txid` also accepts a userref (an integer), which cancels every order carrying it.
    if (/^-?\d+$/.test(txid)) return open.filter((order) => order.userref === Number(txid))
    return open.filter((order) => order.txid === txid || order.cl_ord_id === txid)
  }

  #findOne(key: string, txid: unknown, clOrdId: unknown): SpotOrder {
    const txidText = _text(txid)
    const clText = _text(clOrdId)
    if (txidText === undefined && clText === undefined) throw new SimKrakenError('EGeneral:Invalid arguments:txid')
    const [order] = this.#find(key, txidText, clText)
    if (!order) throw new SimKrakenError('EOrder:Unknown order')
    return order
  }

  /** The asset and amount an order needs for `remaining` volume (fees included for buys). */
  #required(
    order: Pick<SpotOrder, 'type' | 'pair' | 'price' | 'price2' | 'ordertype' | 'quoteVolume' | 'oflags'>,
    remaining: number,
  ): [string, number] {
    const { pair } = order
    if (order.type === 'sell') return [pair.base, remaining]
    if (order.quoteVolume !== undefined) return [pair.quote, order.quoteVolume]
    if (order.ordertype === 'market' && remaining > 0) {
      // A market buy walks the asks: hold what the walk costs, not the top of the book times the volume.
      let left = remaining
      let cost = 0
      for (const level of this.#market.levels(pair, 'asks', 1000)) {
        const take = Math.min(left, level.qty)
        cost += take * level.price
        left -= take
        if (left <= 0) break
      }
      return [pair.quote, cost * (1 + TAKER_FEE)]
    }
    const reference =
      order.ordertype === 'limit' || order.ordertype === 'iceberg'
        ? (order.price ?? 0)
        : order.ordertype.endsWith('-limit') && !order.ordertype.startsWith('trailing')
          ? (order.price2 ?? 0)
          : Math.max(order.price ?? 0, this.#market.top(pair).ask)
    return [pair.quote, remaining * reference * (1 + TAKER_FEE)]
  }

  #place(key: string, parsed: ParsedOrder): SpotAddOrderResult {
    const { pair } = parsed
    const descr = { order: _describeOrder(parsed) }
    if (pair.status === 'cancel_only') throw new SimKrakenError('EOrder:Cancel only')
    const order: SpotOrder = {
      txid: '',
      key,
      pair,
      type: parsed.type,
      ordertype: parsed.ordertype,
      price: parsed.price,
      price2: parsed.price2,
      ...(parsed.trailingOffset ? { trailingOffset: parsed.trailingOffset } : {}),
      volume: parsed.oflags.has('viqc') ? 0 : parsed.volume,
      displayvol: parsed.displayvol,
      vol_exec: 0,
      cost: 0,
      fee: 0,
      status: 'pending',
      reason: null,
      opentm: this.#now(),
      closetm: undefined,
      expiretm: parsed.expiretm,
      starttm: parsed.starttm,
      userref: parsed.userref,
      cl_ord_id: parsed.cl_ord_id,
      oflags: parsed.oflags,
      timeinforce: parsed.timeinforce,
      trigger: parsed.trigger,
      triggered:
        parsed.ordertype === 'market' ||
        parsed.ordertype === 'limit' ||
        parsed.ordertype === 'iceberg' ||
        parsed.ordertype === 'settle-position',
      quoteVolume: parsed.oflags.has('viqc') ? parsed.volume : undefined,
      trades: [],
    }
    if (order.ordertype === 'settle-position') order.ordertype = order.price === undefined ? 'market' : 'limit'
    const [asset, needed] = this.#required(order, order.volume)
    const available = (this.account(key).balances.get(asset) ?? 0) - (this.holds(key).get(asset) ?? 0)
    if (needed > available + 1e-12) throw new SimKrakenError('EOrder:Insufficient funds')
    if (order.oflags.has('post') && this.#marketable(order, order.price))
      throw new SimKrakenError('EOrder:Post only order')
    if (parsed.validate) return { descr }
    order.txid = this.#id('O')
    const account = this.account(key)
    account.orders.set(order.txid, order)
    this.#emit({ kind: 'execution', key, report: this.#report(order, 'pending_new') })
    order.status = 'open'
    this.#open.add(order)
    this.#recordAmend(order, 'original')
    this.#emit({ kind: 'execution', key, report: this.#report(order, 'new') })
    if (order.expiretm !== undefined) this.#scheduleExpiry(order)
    if (order.triggered) this.#execute(order)
    else this.#checkTrigger(order)
    return { descr, txid: [order.txid], order }
  }

  #scheduleExpiry(order: SpotOrder): void {
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer)
        if (order.status === 'open') this.#close(order, 'expired', 'Order expired')
      },
      Math.max(0, (order.expiretm ?? 0) - this.#now()),
    )
    timer.unref?.()
    this.#timers.add(timer)
  }

  #limitOf(order: SpotOrder): number | undefined {
    if (
      order.ordertype === 'market' ||
      order.ordertype === 'stop-loss' ||
      order.ordertype === 'take-profit' ||
      order.ordertype === 'trailing-stop'
    )
      return undefined
    return order.ordertype.endsWith('-limit') ? order.price2 : order.price
  }

  #marketable(order: Pick<SpotOrder, 'type' | 'pair'>, limit: number | undefined): boolean {
    if (limit === undefined) return true
    const { bid, ask } = this.#market.top(order.pair)
    return order.type === 'buy' ? limit >= ask : limit <= bid
  }

  /** Runs a triggered order: market orders take the book; limit orders take what crosses, then rest (or cancel, IOC). */
  #execute(order: SpotOrder): void {
    this.#takeIfMarketable(order)
    if (order.status !== 'open') return
    if (this.#limitOf(order) === undefined || order.timeinforce === 'IOC') {
      this.#close(order, 'canceled', order.timeinforce === 'IOC' ? 'Unfilled IOC' : 'Insufficient liquidity')
    }
  }

  #takeIfMarketable(order: SpotOrder): void {
    if (order.status !== 'open') return
    const limit = this.#limitOf(order)
    if (order.oflags.has('post') || !this.#marketable(order, limit)) return
    const { pair } = order
    const levels = this.#market.levels(pair, order.type === 'buy' ? 'asks' : 'bids', 1000)
    let remaining = round(order.volume - order.vol_exec, pair.lot_decimals)
    let budget = order.quoteVolume === undefined ? undefined : order.quoteVolume - order.cost
    let qty = 0
    let notional = 0
    for (const level of levels) {
      if (limit !== undefined && (order.type === 'buy' ? level.price > limit : level.price < limit)) break
      let take = Math.min(level.qty, budget === undefined ? remaining : budget / (level.price * (1 + TAKER_FEE)))
      take = Math.floor(take * 10 ** pair.lot_decimals) / 10 ** pair.lot_decimals
      if (take <= 0) break
      qty += take
      notional += take * level.price
      if (budget === undefined) remaining = round(remaining - take, pair.lot_decimals)
      else budget -= take * level.price * (1 + TAKER_FEE)
      if ((budget === undefined && remaining <= 0) || (budget !== undefined && budget <= 0)) break
    }
    if (qty <= 0) return
    if (order.quoteVolume !== undefined) order.volume = round(qty, pair.lot_decimals)
    // The fill takes the liquidity out of the public book, so it shows in the public trades (and WS book/trade feeds).
    const trades = this.#market.take(
      pair,
      order.type,
      round(qty, pair.lot_decimals),
      order.ordertype === 'market' ? 'market' : 'limit',
    )
    notional = trades.reduce((sum, trade) => sum + Number(trade.price) * Number(trade.qty), 0)
    // Kraken consolidates a taker's fills against several levels into one trade at the average price.
    this.#fill(order, round(qty, pair.lot_decimals), notional / qty, false, trades[0]?.trade_id ?? 0)
  }

  #fill(order: SpotOrder, qty: number, price: number, maker: boolean, publicTradeId: number): void {
    const { pair, key } = order
    const account = this.account(key)
    const cost = round(qty * price, pair.cost_decimals)
    const rate = maker ? MAKER_FEE : TAKER_FEE
    const feeInBase = order.oflags.has('fcib')
    const fee = feeInBase ? round(qty * rate, pair.lot_decimals) : round(cost * rate, pair.cost_decimals)
    const trade: SpotUserTrade = {
      id: this.#id('T'),
      ordertxid: order.txid,
      postxid: this.#id('T'),
      pair,
      time: this.#now(),
      type: order.type,
      ordertype: order.ordertype,
      price,
      cost,
      fee,
      vol: qty,
      maker,
      trade_id: publicTradeId,
      ledgers: [],
    }
    const sign = order.type === 'buy' ? 1 : -1
    const baseLedger = this.adjustBalance(key, pair.base, sign * qty, 'trade', trade.id, feeInBase ? fee : 0)
    const quoteLedger = this.adjustBalance(key, pair.quote, -sign * cost, 'trade', trade.id, feeInBase ? 0 : fee)
    trade.ledgers.push(baseLedger.id, quoteLedger.id)
    account.trades.set(trade.id, trade)
    order.vol_exec = round(order.vol_exec + qty, pair.lot_decimals)
    order.cost = round(order.cost + cost, pair.cost_decimals)
    order.fee = round(order.fee + fee, feeInBase ? pair.lot_decimals : pair.cost_decimals)
    order.trades.push(trade.id)
    const done = order.vol_exec >= order.volume - 10 ** -pair.lot_decimals / 2
    if (done) {
      order.status = 'closed'
      order.closetm = this.#now()
      this.#open.delete(order)
    }
    this.#emit({
      kind: 'execution',
      key,
      report: this.#report(order, 'trade', {
        exec_id: trade.id,
        trade_id: trade.trade_id,
        last_qty: qty,
        last_price: price,
        cost,
        liquidity_ind: maker ? 'm' : 't',
        fees: [{ asset: findAsset(feeInBase ? pair.base : pair.quote)?.wsname ?? pair.wsQuote, qty: fee }],
      }),
    })
    if (done) this.#emit({ kind: 'execution', key, report: this.#report(order, 'filled') })
  }

  #close(order: SpotOrder, status: 'canceled' | 'expired', reason: string): void {
    if (order.status !== 'open' && order.status !== 'pending') return
    order.status = status
    order.reason = reason
    order.closetm = this.#now()
    this.#open.delete(order)
    this.#emit({
      kind: 'execution',
      key: order.key,
      report: this.#report(order, status === 'canceled' ? 'canceled' : 'expired', { reason }),
    })
  }

  #recordAmend(order: SpotOrder, type: SpotAmend['amend_type']): SpotAmend {
    const { pair } = order
    const limit = order.ordertype.endsWith('-limit')
      ? order.price2
      : order.ordertype === 'limit' || order.ordertype === 'iceberg'
        ? order.price
        : undefined
    const amend: SpotAmend = {
      amend_id: this.#id('T'),
      amend_type: type,
      order_qty: order.volume.toFixed(pair.lot_decimals),
      ...(order.displayvol === undefined ? {} : { display_qty: order.displayvol.toFixed(pair.lot_decimals) }),
      remaining_qty: (order.volume - order.vol_exec).toFixed(pair.lot_decimals),
      ...(limit === undefined ? {} : { limit_price: limit.toFixed(pair.pair_decimals) }),
      ...(order.triggered || order.price === undefined
        ? {}
        : { trigger_price: order.price.toFixed(pair.pair_decimals) }),
      ...(order.oflags.has('post') ? { post_only: true } : {}),
      // Kraken writes amend timestamps in nanoseconds.
      timestamp: this.#now() * 1_000_000,
    }
    const list = this.account(order.key).amends.get(order.txid) ?? []
    list.push(amend)
    this.account(order.key).amends.set(order.txid, list)
    return amend
  }

  #report(
    order: SpotOrder,
    exec_type: SpotExecutionReport['exec_type'],
    extra: Partial<SpotExecutionReport> = {},
  ): SpotExecutionReport {
    const status: SpotExecutionReport['order_status'] =
      order.status === 'pending'
        ? 'pending_new'
        : order.status === 'closed'
          ? 'filled'
          : order.status === 'canceled' || order.status === 'expired'
            ? order.status
            : order.vol_exec > 0
              ? 'partially_filled'
              : 'new'
    const limit = this.#limitOf(order)
    return {
      exec_type,
      order_id: order.txid,
      ...(order.cl_ord_id === undefined ? {} : { cl_ord_id: order.cl_ord_id }),
      ...(order.userref === undefined ? {} : { order_userref: order.userref }),
      symbol: order.pair.wsname,
      side: order.type,
      order_type: order.ordertype,
      order_qty: order.volume,
      ...(limit === undefined ? {} : { limit_price: limit }),
      ...(order.triggered || order.price === undefined ? {} : { stop_price: order.price }),
      ...(order.displayvol === undefined ? {} : { display_qty: order.displayvol }),
      time_in_force: order.timeinforce,
      post_only: order.oflags.has('post'),
      order_status: status,
      cum_qty: order.vol_exec,
      cum_cost: order.cost,
      avg_price: order.vol_exec > 0 ? round(order.cost / order.vol_exec, order.pair.pair_decimals) : 0,
      fee_ccy_pref: order.oflags.has('fcib') ? 'fcib' : 'fciq',
      timestamp: new Date(this.#now()).toISOString(),
      ...extra,
    }
  }

  #checkTrigger(order: SpotOrder): void {
    if (order.triggered || order.status !== 'open') return
    const last = this.#market.lastPrice(order.pair)
    const buy = order.type === 'buy'
    let fire = false
    if (order.trailingOffset) {
      const { value, percent } = order.trailingOffset
      order.trailingExtreme = buy
        ? Math.min(order.trailingExtreme ?? last, last)
        : Math.max(order.trailingExtreme ?? last, last)
      const offset = percent ? (order.trailingExtreme * value) / 100 : value
      const stop = buy ? order.trailingExtreme + offset : order.trailingExtreme - offset
      order.price = round(stop, order.pair.pair_decimals)
      fire = buy ? last >= stop : last <= stop
      if (fire && order.ordertype === 'trailing-stop-limit')
        order.price2 = round(buy ? stop + (order.price2 ?? 0) : stop - (order.price2 ?? 0), order.pair.pair_decimals)
    } else if (order.ordertype.startsWith('stop-loss')) {
      fire = buy ? last >= (order.price ?? 0) : last <= (order.price ?? 0)
    } else if (order.ordertype.startsWith('take-profit')) {
      fire = buy ? last <= (order.price ?? 0) : last >= (order.price ?? 0)
    }
    if (!fire) return
    order.triggered = true
    this.#emit({
      kind: 'execution',
      key: order.key,
      report: this.#report(order, 'status', { reason: 'triggered' } as Partial<SpotExecutionReport>),
    })
    this.#execute(order)
  }

  #onMarketStep(): void {
    for (const order of [...this.#open]) {
      if (order.status !== 'open') continue
      if (!order.triggered) {
        this.#checkTrigger(order)
        continue
      }
      const limit = this.#limitOf(order)
      if (limit === undefined || !this.#marketable(order, limit)) continue
      // The market moved through a resting order: it fills completely at its limit price, as a maker; the taker side
      // of that trade is the market's, so the public trade has the opposite side.
      const qty = round(order.volume - order.vol_exec, order.pair.lot_decimals)
      const trade = this.#market.recordTrade(order.pair, limit, qty, order.type === 'buy' ? 'sell' : 'buy', 'limit')
      this.#fill(order, qty, limit, true, trade.trade_id)
    }
  }
}

/** For tests and tools: a pair's book as numbers (re-exported for convenience). */
export type { SimPair }
