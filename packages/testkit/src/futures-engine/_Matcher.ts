import { _roundTo, _uuid } from './_random.js'
import type { FuturesAccount } from './FuturesAccount.js'
import type { FuturesEngineEvent, FuturesFill, FuturesOpenOrderReason, FuturesOrder } from './FuturesEngineTypes.js'
import type { FuturesMarket, FuturesMarketState } from './FuturesMarket.js'
import { toRestOrder, toWsOrder } from './toWsOrder.js'

const DEFAULT_LEVERAGE = 50
const TAKER_FEE = 0.0005
const MAKER_FEE = 0.0002

/** Order placement, matching against the synthetic book, fills, positions, balances and the account log. */
export class _Matcher {
  readonly #market: FuturesMarket
  readonly #emit: (event: FuturesEngineEvent) => void
  readonly #nextLogId: () => number

  constructor(market: FuturesMarket, emit: (event: FuturesEngineEvent) => void, nextLogId: () => number) {
    this.#market = market
    this.#emit = emit
    this.#nextLogId = nextLogId
  }

  /** Places a validated order: rejects (margin, reduce-only, post, ioc), rests, or takes liquidity. */
  place(account: FuturesAccount, order: FuturesOrder): { status: string; orderEvents: unknown[] } {
    const market = this.#market.get(order.symbol) as FuturesMarketState
    const reject = (status: string, reason: string, wsReason?: FuturesOpenOrderReason) => {
      if (wsReason) this.#openOrders(account, order, true, wsReason)
      this.#history(account, 'orders', { OrderRejected: { order: toRestOrder(order), reason } })
      return { status, orderEvents: [{ type: 'REJECT', uid: order.order_id, reason, order: toRestOrder(order) }] }
    }
    const position = account.positions.get(order.symbol)?.size ?? 0
    const direction = order.side === 'buy' ? 1 : -1
    if (order.reduceOnly && !(position * direction < 0 && order.size <= Math.abs(position))) {
      return reject('wouldNotReducePosition', 'WOULD_NOT_REDUCE_POSITION', 'would_not_reduce_position')
    }
    const price = order.limitPrice ?? order.stopPrice ?? market.mid
    if (!order.reduceOnly && this.#required(account, order.symbol, order.size, price) > this.available(account)) {
      return reject('insufficientAvailableFunds', 'INSUFFICIENT_AVAILABLE_FUNDS')
    }
    const isTrigger =
      order.orderType === 'stp' || order.orderType === 'take_profit' || order.orderType === 'trailing_stop'
    const crosses = !isTrigger && this.#crosses(market, order)
    if (order.orderType === 'post' && crosses)
      return reject('postWouldExecute', 'POST_WOULD_EXECUTE', 'post_order_failed_because_it_would_filled')
    if (order.orderType === 'ioc' && !crosses) {
      return reject('iocWouldNotExecute', 'IOC_WOULD_NOT_EXECUTE', 'ioc_order_failed_because_it_would_not_be_executed')
    }
    const orderEvents: unknown[] = [{ type: 'PLACE', order: toRestOrder(order), reducedQuantity: null }]
    account.orders.set(order.order_id, order)
    this.#openOrders(account, order, false, 'new_placed_order_by_user')
    this.#history(account, isTrigger ? 'triggers' : 'orders', {
      [isTrigger ? 'OrderTriggerPlaced' : 'OrderPlaced']: { order: toRestOrder(order), reason: 'new_user_order' },
    })
    if (crosses) orderEvents.splice(0, 1, ...this.#take(account, order, market))
    return { status: 'placed', orderEvents }
  }

  /** After an edit: tells the feed, and fills at once when the new limit crosses the book. */
  edited(account: FuturesAccount, order: FuturesOrder, orderEvents: unknown[]): void {
    this.#openOrders(account, order, false, 'edited_by_user')
    this.#history(account, 'orders', { OrderEdited: { order: toRestOrder(order), reason: 'edited_by_user' } })
    const market = this.#market.get(order.symbol) as FuturesMarketState
    if ((order.orderType === 'lmt' || order.orderType === 'ioc') && this.#crosses(market, order))
      orderEvents.push(...this.#take(account, order, market))
  }

  /** Removes an open order and tells the feed why (`cancelled_by_user`, `dead_man_switch`, …). */
  remove(account: FuturesAccount, order: FuturesOrder, reason: FuturesOpenOrderReason): void {
    if (!account.orders.delete(order.order_id)) return
    order.lastUpdateTime = Date.now()
    this.#openOrders(account, order, true, reason)
    this.#history(account, 'orders', { OrderCancelled: { order: toRestOrder(order), reason } })
  }

  /** Market moved: trigger stops, fill resting limits the book crossed (maker fills at the limit price). */
  onTick(account: FuturesAccount): void {
    for (const order of [...account.orders.values()]) {
      const market = this.#market.get(order.symbol) as FuturesMarketState
      if (order.orderType === 'stp' || order.orderType === 'take_profit' || order.orderType === 'trailing_stop') {
        if (order.orderType === 'trailing_stop') order.stopPrice = this.trailingStop(order)
        if (!this.#triggered(market, order)) continue
        this.#openOrders(account, order, true, 'stop_order_triggered')
        this.#history(account, 'triggers', { OrderTriggerActivated: { order: toRestOrder(order) } })
        if (order.limitPrice !== undefined) {
          order.orderType = 'lmt'
          this.#openOrders(account, order, false, 'limit_order_from_stop')
        } else {
          order.orderType = 'mkt'
          this.#take(account, order, market)
          if (account.orders.has(order.order_id)) this.remove(account, order, 'market_inactive')
          continue
        }
      }
      const best = order.side === 'buy' ? this.#market.bestAsk(market) : this.#market.bestBid(market)
      const limit = order.limitPrice ?? best
      const crossed = order.side === 'buy' ? best <= limit : best >= limit
      if (!crossed) continue
      const levelQty = (order.side === 'buy' ? market.asks : market.bids).get(best) ?? 0
      this.#fill(account, order, market, limit, Math.min(order.size - order.filled, levelQty), 'maker')
    }
  }

  /** Initial or updated stop price of a trailing stop from the mark price and the allowed deviation. */
  trailingStop(order: FuturesOrder): number {
    const market = this.#market.get(order.symbol) as FuturesMarketState
    const deviation = order.trailingStopMaxDeviation ?? 1
    const distance = order.trailingStopDeviationUnit === 'QUOTE_CURRENCY' ? deviation : (market.mid * deviation) / 100
    const tick = market.instrument.tickSize
    const candidate = _roundTo(order.side === 'buy' ? market.mid + distance : market.mid - distance, tick)
    if (order.stopPrice === undefined) return candidate
    return order.side === 'buy' ? Math.min(order.stopPrice, candidate) : Math.max(order.stopPrice, candidate)
  }

  /** Changes a wallet balance and records it (balance event + account log entry). */
  credit(
    account: FuturesAccount,
    walletName: string,
    currency: string,
    delta: number,
    info: string,
    extra: Partial<Record<string, unknown>> = {},
  ): void {
    const wallet = account.wallets.get(walletName) ?? new Map<string, number>()
    account.wallets.set(walletName, wallet)
    const old = wallet.get(currency) ?? 0
    const balance = _roundTo(old + delta, 1e-8)
    wallet.set(currency, balance)
    this.#emit({ kind: 'balance', account: account.key, wallet: walletName, currency, balance })
    const entry = {
      id: this.#nextLogId(),
      date: new Date().toISOString(),
      asset: currency.toLowerCase(),
      info,
      booking_uid: _uuid(this.#market.next),
      margin_account: walletName === 'flex' ? 'flex' : walletName,
      old_balance: old,
      new_balance: balance,
      fee: null,
      realized_pnl: null,
      trade_price: null,
      contract: null,
      execution: null,
      collateral: null,
      funding_rate: null,
      mark_price: null,
      new_average_entry_price: null,
      old_average_entry_price: null,
      realized_funding: null,
      conversion_spread_percentage: null,
      liquidation_fee: null,
      ...extra,
    }
    account.log.push(entry)
    this.#emit({ kind: 'account_log', account: account.key, entry })
  }

  /** Collateral not used by positions and open orders (USD of the flex wallet). */
  available(account: FuturesAccount): number {
    let used = 0
    for (const [symbol, position] of account.positions)
      used += this.#required(account, symbol, Math.abs(position.size), position.price)
    for (const order of account.orders.values()) {
      if (!order.reduceOnly)
        used += this.#required(
          account,
          order.symbol,
          order.size - order.filled,
          order.limitPrice ?? order.stopPrice ?? 0,
        )
    }
    return (account.wallets.get('flex')?.get('USD') ?? 0) - used
  }

  #required(account: FuturesAccount, symbol: string, size: number, price: number): number {
    return this.#notional(symbol, size, price) / (account.leverage.get(symbol) ?? DEFAULT_LEVERAGE)
  }

  /** USD value: inverse contracts (PI_, FI_) are worth 1 USD each; linear (PF_) size × price. */
  #notional(symbol: string, size: number, price: number): number {
    return symbol.startsWith('PF_') ? size * price : size
  }

  #crosses(market: FuturesMarketState, order: FuturesOrder): boolean {
    if (order.orderType === 'mkt') return true
    if (order.limitPrice === undefined) return false
    return order.side === 'buy'
      ? order.limitPrice >= this.#market.bestAsk(market)
      : order.limitPrice <= this.#market.bestBid(market)
  }

  #triggered(market: FuturesMarketState, order: FuturesOrder): boolean {
    const stop = order.stopPrice ?? 0
    const risesThrough = order.orderType === 'take_profit' ? order.side === 'sell' : order.side === 'buy'
    return risesThrough ? market.mid >= stop : market.mid <= stop
  }

  /** Takes liquidity level by level up to the limit; book levels shrink (book deltas with `seq`). */
  #take(account: FuturesAccount, order: FuturesOrder, market: FuturesMarketState): unknown[] {
    const events: unknown[] = []
    const book = order.side === 'buy' ? market.asks : market.bids
    const levels = [...book.keys()].sort((a, b) => (order.side === 'buy' ? a - b : b - a))
    for (const price of levels) {
      const remaining = _roundTo(order.size - order.filled, 10 ** -market.instrument.sizePrecision)
      if (remaining <= 0) break
      if (
        order.limitPrice !== undefined &&
        order.orderType !== 'mkt' &&
        (order.side === 'buy' ? price > order.limitPrice : price < order.limitPrice)
      )
        break
      const levelQty = book.get(price) ?? 0
      const qty = Math.min(remaining, levelQty)
      const left = _roundTo(levelQty - qty, 10 ** -market.instrument.sizePrecision)
      if (left > 0) book.set(price, left)
      else book.delete(price)
      market.seq += 1
      this.#emit({
        kind: 'book',
        product_id: market.instrument.symbol,
        side: order.side === 'buy' ? 'sell' : 'buy',
        price,
        qty: left,
        seq: market.seq,
        timestamp: Date.now(),
      })
      const prior = toRestOrder(order)
      const fill = this.#fill(account, order, market, price, qty, 'taker')
      events.push({
        type: 'EXECUTION',
        executionId: fill.fill_id,
        price,
        amount: qty,
        orderPriorEdit: null,
        orderPriorExecution: prior,
        takerReducedQuantity: null,
      })
    }
    if (account.orders.has(order.order_id) && (order.orderType === 'mkt' || order.orderType === 'ioc')) {
      this.remove(account, order, 'ioc_order_failed_because_it_would_not_be_executed')
    }
    return events
  }

  #fill(
    account: FuturesAccount,
    order: FuturesOrder,
    market: FuturesMarketState,
    price: number,
    qty: number,
    fillType: 'maker' | 'taker',
  ): FuturesFill {
    const now = Date.now()
    order.filled = _roundTo(order.filled + qty, 10 ** -market.instrument.sizePrecision)
    order.lastUpdateTime = now
    const notional = this.#notional(order.symbol, qty, price)
    const fee = _roundTo(notional * (fillType === 'maker' ? MAKER_FEE : TAKER_FEE), 1e-8)
    const fill: FuturesFill = {
      fill_id: _uuid(this.#market.next),
      symbol: order.symbol,
      side: order.side,
      order_id: order.order_id,
      ...(order.cliOrdId === undefined ? {} : { cliOrdId: order.cliOrdId }),
      size: qty,
      price,
      fillTime: now,
      fillType,
      fee,
      feeCurrency: 'USD',
    }
    account.fills.push(fill)
    this.#emit({ kind: 'fill', account: account.key, fill })
    const realized = this.#position(account, order, price, qty, now)
    this.credit(account, 'flex', 'USD', realized - fee, 'futures trade', {
      fee,
      realized_pnl: realized,
      trade_price: price,
      contract: order.symbol.toLowerCase(),
      execution: fill.fill_id,
      mark_price: market.mid,
    })
    this.#history(account, 'executions', {
      Execution: {
        execution: {
          uid: fill.fill_id,
          takerOrder: toRestOrder(order),
          timestamp: now,
          quantity: String(qty),
          price: String(price),
          markPrice: String(market.mid),
          limitFilled: order.filled >= order.size,
        },
      },
    })
    const trade = this.#market.trade(market, order.side, price, qty, now)
    this.#emit({ kind: 'trade', trade })
    this.#emit({ kind: 'ticker', ticker: this.#market.ticker(market) })
    if (order.filled >= order.size) {
      account.orders.delete(order.order_id)
      this.#openOrders(account, order, true, 'full_fill')
    } else {
      this.#openOrders(account, order, false, 'partial_fill')
    }
    return fill
  }

  /** Updates the signed position; returns the realized PnL in USD. */
  #position(account: FuturesAccount, order: FuturesOrder, price: number, qty: number, now: number): number {
    const current = account.positions.get(order.symbol) ?? { size: 0, price, fillTime: now }
    const signed = order.side === 'buy' ? qty : -qty
    let realized = 0
    const next = { ...current, fillTime: now }
    if (current.size === 0 || Math.sign(current.size) === Math.sign(signed)) {
      next.size = current.size + signed
      next.price = _roundTo((Math.abs(current.size) * current.price + qty * price) / Math.abs(next.size), 1e-8)
    } else {
      const closing = Math.min(Math.abs(current.size), qty)
      const perUnit = order.symbol.startsWith('PF_') ? price - current.price : (price - current.price) / current.price
      realized = _roundTo(closing * perUnit * Math.sign(current.size), 1e-8)
      next.size = current.size + signed
      if (Math.sign(next.size) !== Math.sign(current.size)) next.price = price
    }
    next.size = _roundTo(next.size, 1e-8)
    if (next.size === 0) account.positions.delete(order.symbol)
    else account.positions.set(order.symbol, next)
    this.#emit({
      kind: 'position',
      account: account.key,
      position: {
        symbol: order.symbol,
        side: next.size >= 0 ? 'long' : 'short',
        size: Math.abs(next.size),
        price: next.price,
        fillTime: now,
      },
    })
    this.#history(account, 'positions', {
      PositionUpdate: {
        tradeable: order.symbol,
        oldPosition: String(current.size),
        newPosition: String(next.size),
        newAverageEntryPrice: String(next.price),
        fillTime: now,
        realizedPnL: String(realized),
      },
    })
    return realized
  }

  #openOrders(account: FuturesAccount, order: FuturesOrder, isCancel: boolean, reason: FuturesOpenOrderReason): void {
    this.#emit({ kind: 'open_orders', account: account.key, order: toWsOrder(order), is_cancel: isCancel, reason })
  }

  #history(account: FuturesAccount, kind: keyof FuturesAccount['history'], event: Record<string, unknown>): void {
    const list = account.history[kind]
    list.push({ uid: _uuid(this.#market.next), timestamp: Date.now(), event })
    if (list.length > 1000) list.shift()
  }
}
