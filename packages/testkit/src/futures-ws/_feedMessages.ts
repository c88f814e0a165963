import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type {
  FuturesAccountLogEntry,
  FuturesEngineEvent,
  FuturesFill,
  FuturesNotification,
  FuturesTicker,
  FuturesTrade,
} from '../futures-engine/FuturesEngineTypes.js'
import type { FuturesMarket, FuturesMarketState } from '../futures-engine/FuturesMarket.js'

/** Builders of Kraken Futures WS v1 data messages from engine state (shapes as docs.kraken.com shows them). */

export function tickerMessage(ticker: FuturesTicker, state: FuturesMarketState, now: number): Record<string, unknown> {
  const perpetual = ticker.tag === 'perpetual'
  const maturity = state.instrument.lastTradingTime ? Date.parse(state.instrument.lastTradingTime) : 0
  return {
    time: now,
    product_id: ticker.symbol,
    // Kraken quirk: funding fields are absent (not zero) on fixed-maturity contracts.
    ...(perpetual
      ? {
          funding_rate: ticker.fundingRate ?? 0,
          funding_rate_prediction: ticker.fundingRatePrediction ?? 0,
          relative_funding_rate: (ticker.fundingRate ?? 0) * ticker.markPrice,
          relative_funding_rate_prediction: (ticker.fundingRatePrediction ?? 0) * ticker.markPrice,
          next_funding_rate_time: Math.ceil((now + 1) / 3_600_000) * 3_600_000,
        }
      : {}),
    feed: 'ticker',
    bid: ticker.bid,
    ask: ticker.ask,
    bid_size: ticker.bidSize,
    ask_size: ticker.askSize,
    volume: ticker.vol24h,
    dtm: maturity ? Math.max(0, Math.floor((maturity - now) / 86_400_000)) : 0,
    leverage: '50x',
    index: ticker.indexPrice,
    premium: Math.round(((ticker.markPrice - ticker.indexPrice) / ticker.indexPrice) * 100_000) / 1000,
    last: ticker.last,
    change: ticker.change24h,
    suspended: ticker.suspended,
    tag: ticker.tag,
    pair: ticker.pair,
    openInterest: ticker.openInterest,
    markPrice: ticker.markPrice,
    maturityTime: maturity,
    post_only: ticker.postOnly,
    volumeQuote: ticker.volumeQuote,
  }
}

export function tickerLiteMessage(
  ticker: FuturesTicker,
  state: FuturesMarketState,
  now: number,
): Record<string, unknown> {
  const full = tickerMessage(ticker, state, now)
  const { product_id, bid, ask, change, premium, volume, tag, pair, dtm, maturityTime, volumeQuote } = full
  return {
    feed: 'ticker_lite',
    product_id,
    bid,
    ask,
    change,
    premium,
    volume,
    tag,
    pair,
    dtm,
    maturityTime,
    volumeQuote,
  }
}

export function bookSnapshotMessage(
  market: FuturesMarket,
  state: FuturesMarketState,
  now: number,
): Record<string, unknown> {
  const book = market.book(state)
  return {
    feed: 'book_snapshot',
    product_id: state.instrument.symbol,
    timestamp: now,
    seq: state.seq,
    // Kraken sends `tickSize: null` in book snapshots.
    tickSize: null,
    bids: book.bids.map(([price, qty]) => ({ price, qty })),
    asks: book.asks.map(([price, qty]) => ({ price, qty })),
  }
}

export function bookMessage(event: Extract<FuturesEngineEvent, { kind: 'book' }>): Record<string, unknown> {
  const { product_id, side, seq, price, qty, timestamp } = event
  return { feed: 'book', product_id, side, seq, price, qty, timestamp }
}

export function tradeMessage(trade: FuturesTrade): Record<string, unknown> {
  return {
    feed: 'trade',
    product_id: trade.product_id,
    uid: trade.uid,
    side: trade.side,
    type: trade.type,
    seq: trade.trade_id,
    time: trade.time,
    qty: trade.qty,
    price: trade.price,
  }
}

export function fillMessage(fill: FuturesFill, withClientId: boolean): Record<string, unknown> {
  return {
    instrument: fill.symbol,
    time: fill.fillTime,
    price: fill.price,
    seq: 0,
    buy: fill.side === 'buy',
    qty: fill.size,
    remaining_order_qty: 0,
    order_id: fill.order_id,
    // Kraken quirk: `cli_ord_id` appears on fill deltas only, never in the snapshot.
    ...(withClientId && fill.cliOrdId !== undefined ? { cli_ord_id: fill.cliOrdId } : {}),
    fill_id: fill.fill_id,
    fill_type: fill.fillType,
    fee_paid: fill.fee,
    fee_currency: fill.feeCurrency,
    taker_order_type: 'limit',
    order_type: 'limit',
  }
}

export function positionsMessage(market: FuturesMarket, account: FuturesAccount, seq: number): Record<string, unknown> {
  const positions = account.positionList().map((position) => {
    const state = market.get(position.symbol)
    const mark = state?.mid ?? position.price
    const signed = position.side === 'long' ? position.size : -position.size
    const pnl = (mark - position.price) * signed
    const margin = Math.abs(position.size * position.price) / 50
    return {
      instrument: position.symbol,
      balance: signed,
      pnl,
      entry_price: position.price,
      mark_price: mark,
      index_price: mark,
      liquidation_threshold: 0,
      effective_leverage: 0,
      return_on_equity: margin ? pnl / margin : 0,
      unrealized_funding: 0,
      initial_margin: margin,
      initial_margin_with_orders: margin,
      maintenance_margin: margin / 2,
      pnl_currency: 'USD',
    }
  })
  return { feed: 'open_positions', account: account.uid, positions, seq, timestamp: Date.now() }
}

export function balancesMessage(
  account: FuturesAccount,
  feed: 'balances_snapshot' | 'balances',
  seq: number,
): Record<string, unknown> {
  const flex = account.wallets.get('flex') ?? new Map<string, number>()
  const cash = account.wallets.get('cash') ?? new Map<string, number>()
  let total = 0
  const currencies: Record<string, unknown> = {}
  for (const [currency, quantity] of flex) {
    total += quantity
    currencies[currency] = {
      quantity,
      value: quantity,
      collateral_value: quantity,
      available: quantity,
      haircut: 0,
      conversion_spread: 0,
    }
  }
  const margin = {
    balance_value: total,
    portfolio_value: total,
    collateral_value: total,
    initial_margin: 0,
    initial_margin_without_orders: 0,
    maintenance_margin: 0,
    pnl: 0,
    unrealized_funding: 0,
    total_unrealized: 0,
    total_unrealized_as_margin: 0,
    margin_equity: total,
    available_margin: total,
  }
  return {
    feed,
    account: account.uid,
    holding: Object.fromEntries(cash),
    futures: {},
    flex_futures: { currencies, ...margin, isolated: {}, cross: { ...margin, effective_leverage: 0 } },
    timestamp: Date.now(),
    seq,
  }
}

export function balancesAndMarginsMessage(account: FuturesAccount, seq: number): Record<string, unknown> {
  const margin_accounts = [...account.wallets].map(([name, wallet]) => {
    const balance = [...wallet.values()].reduce((sum, value) => sum + value, 0)
    return { name, balance, pnl: 0, funding: 0, pv: balance, am: balance, im: 0, mm: 0 }
  })
  return { feed: 'account_balances_and_margins', account: account.uid, margin_accounts, seq }
}

export function depositsWithdrawalsMessage(
  account: FuturesAccount,
  entries: FuturesAccountLogEntry[],
  snapshot: boolean,
) {
  const elements = entries
    .filter((entry) => entry.info.includes('transfer'))
    .map((entry) => ({
      uid: entry.booking_uid,
      time: Date.parse(entry.date),
      asset: entry.asset,
      amount: Math.abs(entry.new_balance - entry.old_balance),
      type: entry.new_balance >= entry.old_balance ? 'deposit' : 'withdrawal',
      status: 'COMPLETED',
    }))
  return { feed: snapshot ? 'deposits_withdrawals_snapshot' : 'deposits_withdrawals', account: account.uid, elements }
}

export function notificationMessage(notifications: FuturesNotification[], firstId: number): Record<string, unknown> {
  return {
    feed: 'notifications_auth',
    notifications: notifications.map((notification, index) => ({
      id: firstId + index,
      type: notification.type,
      priority: notification.priority,
      note: notification.note,
      effective_time: Date.parse(notification.effectiveTime),
    })),
  }
}
