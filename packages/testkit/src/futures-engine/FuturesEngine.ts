/**
 * FuturesEngine: the shared state of the simulated Kraken Futures exchange. The Futures REST router
 * (`src/futures-rest`) and the Futures WebSocket server (`src/futures-ws`) both act on ONE engine per simulator,
 * obtained with `getFuturesEngine(state)`; so an order placed over REST shows up on the WS `open_orders` feed.
 *
 * Market (public, deterministic for `state.seed`):
 * - `engine.market.instruments` — PI_XBTUSD, PI_ETHUSD, PF_XBTUSD, PF_ETHUSD, PF_SOLUSD, FI_XBTUSD_<yymmdd>.
 * - `engine.market.get(symbol)` → `{ instrument, bids, asks, seq, mid, last, trades, … }` (case-insensitive);
 *   `engine.market.book(state)` sorted levels; `engine.market.ticker(state)` REST ticker shape (also WS `ticker`).
 * - `engine.step()` advances the market once (random walk, book deltas with `seq`, trades, tickers) and fills or
 *   triggers resting user orders; returns and emits the events.
 * - `engine.onMarket(listener)` → unsubscribe. While at least one market listener exists, `step()` runs every
 *   `state.tickMs` ms (the timer stops with the last listener and is cleared on `sim.close()` via `state.closers`).
 *   Market listeners receive only `book`, `trade` and `ticker` events.
 *
 * Accounts (keyed by the FUTURES API key; `state.futuresKeys` maps it to the spot key; balances from
 * `SimAccountInit.futuresBalances`, e.g. `{ usd: '10000' }` → flex wallet `USD`):
 * - `engine.account(futuresKey)` → `FuturesAccount | undefined` (created on first use).
 * - `engine.sendOrder(account, input)`, `editOrder`, `cancelOrder`, `cancelAllOrders(account, symbol?)`,
 *   `cancelAllOrdersAfter(account, seconds)` (real timer; 0 disarms), `batchOrder(account, instructions)`:
 *   each returns Kraken's status object (`{ status, order_id, orderEvents, … }`, statuses as in the spec:
 *   placed, insufficientAvailableFunds, invalidSize, postWouldExecute, iocWouldNotExecute, …).
 * - `engine.openOrders(account)`, `account.fills`, `account.positionList()`, `account.log`, `account.history`.
 * - `engine.transfer`, `engine.subaccountTransfer`, `engine.withdrawToSpot` → `undefined` or a Kraken error code.
 * - `engine.notify(notification, account?)` adds a notification (all accounts when `account` is undefined).
 *
 * Events: `engine.onEvent(listener)` → unsubscribe; every {@link FuturesEngineEvent}:
 * - `{ kind: 'open_orders', account, order, is_cancel, reason }` — `order` in the WS feed shape (seed 002),
 *   `reason` one of seed 002's reasons (new_placed_order_by_user, cancelled_by_user, edited_by_user, full_fill,
 *   partial_fill, dead_man_switch, stop_order_triggered, limit_order_from_stop, post_order_failed_because_it_would_filled,
 *   ioc_order_failed_because_it_would_not_be_executed, would_not_reduce_position, order_for_edit_not_found, …)
 * - `{ kind: 'fill', account, fill }`, `{ kind: 'position', account, position }` (size 0 = closed),
 *   `{ kind: 'balance', account, wallet, currency, balance }`, `{ kind: 'account_log', account, entry }`,
 *   `{ kind: 'notification', account | undefined, notification }`
 * - public: `{ kind: 'book', product_id, side, price, qty, seq, timestamp }` (qty 0 removes the level),
 *   `{ kind: 'trade', trade }`, `{ kind: 'ticker', ticker }`.
 * Listeners run synchronously; a throwing listener never breaks the engine.
 */
import type { SimState } from '../state/SimState.js'
import { _createAccount } from './_createAccount.js'
import { _Matcher } from './_Matcher.js'
import { _uuid } from './_random.js'
import { _runBatch } from './_runBatch.js'
import { _subaccountTransfer, _transfer, _withdrawToSpot, type FuturesSubaccountTransfer } from './_walletOperations.js'
import type { FuturesAccount } from './FuturesAccount.js'
import type {
  FuturesEngineEvent,
  FuturesMarketEvent,
  FuturesNotification,
  FuturesOrder,
  FuturesOrderType,
} from './FuturesEngineTypes.js'
import { FuturesMarket } from './FuturesMarket.js'
import { toRestOrder } from './toWsOrder.js'

/** What `sendOrder` takes (numbers already parsed by the caller; Kraken's wire names). */
export type FuturesSendOrderInput = {
  orderType: string
  symbol: string
  side: string
  size: number
  limitPrice?: number | undefined
  stopPrice?: number | undefined
  cliOrdId?: string | undefined
  reduceOnly?: boolean | undefined
  triggerSignal?: string | undefined
  trailingStopMaxDeviation?: number | undefined
  trailingStopDeviationUnit?: string | undefined
}

/** Kraken's status object of sendorder/editorder/cancelorder (and one batch entry). */
export type FuturesOrderStatus = { status: string; order_id?: string; orderEvents: unknown[]; [key: string]: unknown }

const ORDER_TYPES: readonly FuturesOrderType[] = ['lmt', 'post', 'ioc', 'mkt', 'stp', 'take_profit', 'trailing_stop']

export class FuturesEngine {
  readonly market: FuturesMarket
  readonly #state: SimState
  readonly #accounts = new Map<string, FuturesAccount>()
  readonly #listeners = new Set<(event: FuturesEngineEvent) => void>()
  readonly #marketListeners = new Set<(event: FuturesMarketEvent) => void>()
  readonly #matcher: _Matcher
  #timer: ReturnType<typeof setInterval> | undefined
  readonly #credit = (account: FuturesAccount, wallet: string, currency: string, delta: number, info: string) =>
    this.#matcher.credit(account, wallet, currency, delta, info)
  #logId = 0

  constructor(state: SimState) {
    this.#state = state
    this.market = new FuturesMarket(state.seed)
    this.#matcher = new _Matcher(
      this.market,
      (event) => this.emit(event),
      () => ++this.#logId,
    )
    state.closers.push(() => this.close())
  }

  /** The account of a Futures API key, or undefined when the simulator does not know the key. */
  account(futuresKey: string): FuturesAccount | undefined {
    let account = this.#accounts.get(futuresKey)
    if (account) return account
    const spotKey = this.#state.futuresKeys.get(futuresKey)
    const init = spotKey === undefined ? undefined : this.#state.accounts.get(spotKey)
    if (!init || spotKey === undefined) return undefined
    account = _createAccount(futuresKey, spotKey, init.futuresBalances ?? { usd: '100000' }, this.market.next)
    this.#accounts.set(futuresKey, account)
    return account
  }

  /** Orders resting (untriggered stops included), oldest first. */
  openOrders(account: FuturesAccount): FuturesOrder[] {
    return [...account.orders.values()]
  }

  sendOrder(account: FuturesAccount, input: FuturesSendOrderInput): FuturesOrderStatus {
    const now = Date.now()
    const order_id = _uuid(this.market.next)
    const receivedTime = new Date(now).toISOString()
    const reject = (status: string) => ({ order_id, status, receivedTime, orderEvents: [] })
    const market = this.market.get(input.symbol)
    if (!market) return reject('marketInactive')
    if (input.side !== 'buy' && input.side !== 'sell') return reject('invalidSide')
    if (!ORDER_TYPES.includes(input.orderType as FuturesOrderType)) return reject('invalidOrderType')
    const precision = market.instrument.sizePrecision
    if (!(input.size > 0) || Math.abs(Math.round(input.size * 10 ** precision) - input.size * 10 ** precision) > 1e-6)
      return reject('invalidSize')
    const tick = market.instrument.tickSize
    for (const price of [input.limitPrice, input.stopPrice]) {
      if (price !== undefined && (!(price > 0) || Math.abs(Math.round(price / tick) - price / tick) > 1e-6))
        return reject('invalidPrice')
    }
    if (input.cliOrdId !== undefined && input.cliOrdId.length > 100) return reject('clientOrderIdTooLong')
    if (input.cliOrdId !== undefined && this.openOrders(account).some((order) => order.cliOrdId === input.cliOrdId)) {
      return reject('clientOrderIdAlreadyExist')
    }
    const order: FuturesOrder = {
      order_id,
      account: account.key,
      symbol: market.instrument.symbol,
      side: input.side,
      orderType: input.orderType as FuturesOrderType,
      size: input.size,
      filled: 0,
      reduceOnly: input.reduceOnly === true,
      receivedTime: now,
      lastUpdateTime: now,
      ...(input.cliOrdId === undefined ? {} : { cliOrdId: input.cliOrdId }),
      ...(input.limitPrice === undefined ? {} : { limitPrice: input.limitPrice }),
      ...(input.stopPrice === undefined ? {} : { stopPrice: input.stopPrice }),
      ...(input.triggerSignal === undefined ? {} : { triggerSignal: input.triggerSignal as 'mark' }),
      ...(input.trailingStopMaxDeviation === undefined
        ? {}
        : { trailingStopMaxDeviation: input.trailingStopMaxDeviation }),
      ...(input.trailingStopDeviationUnit === undefined
        ? {}
        : { trailingStopDeviationUnit: input.trailingStopDeviationUnit as 'PERCENT' }),
    }
    if (order.orderType === 'trailing_stop' && order.stopPrice === undefined)
      order.stopPrice = this.#matcher.trailingStop(order)
    const status = this.#matcher.place(account, order)
    return { order_id, status: status.status, receivedTime, orderEvents: status.orderEvents }
  }

  editOrder(
    account: FuturesAccount,
    input: {
      orderId?: string | undefined
      cliOrdId?: string | undefined
      size?: number | undefined
      limitPrice?: number | undefined
      stopPrice?: number | undefined
    },
  ): FuturesOrderStatus {
    const receivedTime = new Date().toISOString()
    const order = this.#find(account, input.orderId, input.cliOrdId)
    if (!order) {
      return {
        status: 'orderForEditNotFound',
        ...(input.orderId ? { orderId: input.orderId } : {}),
        receivedTime,
        orderEvents: [],
      }
    }
    const tick = this.market.get(order.symbol)?.instrument.tickSize ?? 1
    if (input.size !== undefined && !(input.size > order.filled))
      return { status: 'invalidSize', orderId: order.order_id, receivedTime, orderEvents: [] }
    for (const price of [input.limitPrice, input.stopPrice]) {
      if (price !== undefined && (!(price > 0) || Math.abs(Math.round(price / tick) - price / tick) > 1e-6)) {
        return { status: 'invalidPrice', orderId: order.order_id, receivedTime, orderEvents: [] }
      }
    }
    if (input.stopPrice !== undefined && order.stopPrice === undefined) {
      return { status: 'orderForEditNotAStop', orderId: order.order_id, receivedTime, orderEvents: [] }
    }
    const old = toRestOrder(order)
    if (input.size !== undefined) order.size = input.size
    if (input.limitPrice !== undefined) order.limitPrice = input.limitPrice
    if (input.stopPrice !== undefined) order.stopPrice = input.stopPrice
    order.lastUpdateTime = Date.now()
    const orderEvents: unknown[] = [{ type: 'EDIT', old, new: toRestOrder(order), reducedQuantity: null }]
    this.#matcher.edited(account, order, orderEvents)
    return { status: 'edited', orderId: order.order_id, receivedTime, orderEvents }
  }

  cancelOrder(
    account: FuturesAccount,
    input: { order_id?: string | undefined; cliOrdId?: string | undefined },
  ): FuturesOrderStatus {
    const receivedTime = new Date().toISOString()
    const order = this.#find(account, input.order_id, input.cliOrdId)
    if (!order) {
      const filled = account.fills.find(
        (fill) =>
          fill.order_id === input.order_id || (input.cliOrdId !== undefined && fill.cliOrdId === input.cliOrdId),
      )
      return {
        status: filled ? 'filled' : 'notFound',
        ...(input.order_id ? { order_id: input.order_id } : {}),
        receivedTime,
        orderEvents: [],
      }
    }
    this.#matcher.remove(account, order, 'cancelled_by_user')
    return {
      status: 'cancelled',
      order_id: order.order_id,
      receivedTime,
      orderEvents: [{ type: 'CANCEL', uid: order.order_id, order: toRestOrder(order) }],
    }
  }

  cancelAllOrders(
    account: FuturesAccount,
    symbol?: string,
    reason: 'cancelled_by_user' | 'dead_man_switch' = 'cancelled_by_user',
  ) {
    const cancelled = this.openOrders(account).filter(
      (order) => symbol === undefined || order.symbol === symbol.toUpperCase(),
    )
    for (const order of cancelled) this.#matcher.remove(account, order, reason)
    return {
      receivedTime: new Date().toISOString(),
      cancelOnly: symbol ?? 'all',
      status: cancelled.length > 0 ? 'cancelled' : 'noOrdersToCancel',
      cancelledOrders: cancelled.map((order) => ({
        order_id: order.order_id,
        ...(order.cliOrdId ? { cliOrdId: order.cliOrdId } : {}),
      })),
      orderEvents: cancelled.map((order) => ({ type: 'CANCEL', uid: order.order_id, order: toRestOrder(order) })),
    }
  }

  /** Dead man's switch: cancels every order of the account after `seconds` (a real timer); 0 disarms it. */
  cancelAllOrdersAfter(account: FuturesAccount, seconds: number): { currentTime: string; triggerTime: string } {
    clearTimeout(account.deadMan.timer)
    account.deadMan.timer = undefined
    const now = Date.now()
    if (seconds <= 0) return { currentTime: new Date(now).toISOString(), triggerTime: '0' }
    account.deadMan.triggerTime = now + seconds * 1000
    account.deadMan.timer = setTimeout(() => {
      account.deadMan.timer = undefined
      this.cancelAllOrders(account, undefined, 'dead_man_switch')
    }, seconds * 1000)
    account.deadMan.timer.unref?.()
    return {
      currentTime: new Date(now).toISOString(),
      triggerTime: new Date(account.deadMan.triggerTime).toISOString(),
    }
  }

  /** Runs batch instructions in order (`send` with `order_tag`, `edit`, `cancel`); one status object each. */
  batchOrder(account: FuturesAccount, instructions: ReadonlyArray<Record<string, unknown>>): unknown[] {
    return _runBatch(this, account, instructions)
  }

  /** Moves `amount` of `unit` between two wallets of the account; returns Kraken's error code on failure. */
  transfer(
    account: FuturesAccount,
    fromAccount: string,
    toAccount: string,
    unit: string,
    amount: number,
  ): string | undefined {
    return _transfer(this.#credit, account, fromAccount, toAccount, unit, amount)
  }

  /** Master ↔ subaccount transfer (the simulator's master uid or one of its subaccount uids). */
  subaccountTransfer(account: FuturesAccount, input: FuturesSubaccountTransfer): string | undefined {
    return _subaccountTransfer(this.#credit, account, input)
  }

  /** Futures → Spot withdrawal (the amount leaves the futures wallet). */
  withdrawToSpot(account: FuturesAccount, currency: string, amount: number, sourceWallet = 'cash'): string | undefined {
    return _withdrawToSpot(this.#credit, account, currency, amount, sourceWallet)
  }

  notify(notification: FuturesNotification, account?: FuturesAccount): void {
    const targets = account ? [account] : [...this.#accounts.values()]
    for (const target of targets) target.notifications.push(notification)
    this.emit({ kind: 'notification', account: account?.key, notification })
  }

  /** One market tick (see the file header); also fills and triggers resting orders that the move crossed. */
  step(): FuturesEngineEvent[] {
    const events: FuturesEngineEvent[] = this.market.step(Date.now())
    for (const event of events) this.emit(event)
    for (const account of this.#accounts.values()) this.#matcher.onTick(account)
    return events
  }

  onEvent(listener: (event: FuturesEngineEvent) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  onMarket(listener: (event: FuturesMarketEvent) => void): () => void {
    this.#marketListeners.add(listener)
    if (!this.#timer) {
      this.#timer = setInterval(() => this.step(), this.#state.tickMs)
      this.#timer.unref?.()
    }
    return () => {
      this.#marketListeners.delete(listener)
      if (this.#marketListeners.size === 0) this.#stopTimer()
    }
  }

  emit(event: FuturesEngineEvent): void {
    const isMarket = event.kind === 'book' || event.kind === 'trade' || event.kind === 'ticker'
    for (const listener of this.#listeners) safely(() => listener(event))
    if (isMarket) for (const listener of this.#marketListeners) safely(() => listener(event))
  }

  #find(account: FuturesAccount, orderId?: string, cliOrdId?: string): FuturesOrder | undefined {
    if (orderId) return account.orders.get(orderId)
    if (cliOrdId) return this.openOrders(account).find((order) => order.cliOrdId === cliOrdId)
    return undefined
  }

  #stopTimer(): void {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = undefined
  }

  close(): void {
    this.#stopTimer()
    this.#marketListeners.clear()
    this.#listeners.clear()
    for (const account of this.#accounts.values()) clearTimeout(account.deadMan.timer)
  }
}

function safely(run: () => void): void {
  try {
    run()
  } catch {
    // A consumer's bug must not break the engine or other consumers.
  }
}
