/** One fill of the `fills` feed. `buy`: true for a buy. `cli_ord_id` only on deltas. */
export type FuturesFill = {
  instrument: string
  time: number
  price: number
  seq: number
  buy: boolean
  qty: number
  remaining_order_qty?: number
  order_id: string
  cli_ord_id?: string
  fill_id: string
  fill_type: 'maker' | 'taker' | 'liquidation' | (string & {})
  fee_paid: number
  fee_currency: string
  taker_order_type?: string
  order_type: string
}

/** First `fills` message: recent fills of the account. */
export type FuturesFillsSnapshotMessage = { feed: 'fills_snapshot'; account: string; fills: FuturesFill[] }

/** New fills. Kraken quirk: the delta names the account `username`, the snapshot `account`. */
export type FuturesFillsMessage = { feed: 'fills'; username: string; fills: FuturesFill[] }

/** One open position. */
export type FuturesPosition = {
  instrument: string
  balance: number
  pnl: number
  entry_price: number
  mark_price: number
  index_price: number
  liquidation_threshold: number
  effective_leverage: number
  return_on_equity: number
  unrealized_funding: number
  initial_margin: number
  initial_margin_with_orders: number
  maintenance_margin: number
  pnl_currency: string
}

/** `open_positions`: the full list every time (snapshot and updates share the feed name). */
export type FuturesOpenPositionsMessage = {
  feed: 'open_positions'
  account: string
  positions: FuturesPosition[]
  seq: number
  timestamp: number
}

/** A single-collateral margin account of the `balances` feed. */
export type FuturesMarginAccountBalance = {
  name: string
  pair: string
  unit: string
  portfolio_value: number
  balance: number
  maintenance_margin: number
  initial_margin: number
  available: number
  unrealized_funding: number
  pnl: number
}

/** The multi-collateral (flex) part of the `balances` feed. */
export type FuturesFlexBalances = {
  currencies: Record<
    string,
    {
      quantity: number
      value: number
      collateral_value: number
      available: number
      haircut: number
      conversion_spread: number
    }
  >
  balance_value: number
  portfolio_value: number
  collateral_value: number
  initial_margin: number
  initial_margin_without_orders: number
  maintenance_margin: number
  pnl: number
  unrealized_funding: number
  total_unrealized: number
  total_unrealized_as_margin: number
  margin_equity: number
  available_margin: number
}

/** `balances_snapshot` and `balances` (deltas carry only what changed). */
export type FuturesBalancesMessage = {
  feed: 'balances_snapshot' | 'balances'
  account: string
  holding?: Record<string, number>
  futures?: Record<string, FuturesMarginAccountBalance>
  flex_futures?: FuturesFlexBalances
  timestamp: number
  seq: number
}

/** Legacy `account_balances_and_margins` feed: one entry per margin account (`pv` portfolio value, `am` available margin, `im`/`mm` initial/maintenance margin). */
export type FuturesAccountBalancesAndMarginsMessage = {
  feed: 'account_balances_and_margins'
  account: string
  margin_accounts: Array<{
    name: string
    balance: number
    pnl: number
    funding: number
    pv: number
    am: number
    im: number
    mm: number
  }>
  seq: number
}

/** One transfer of the legacy `deposits_withdrawals` feed. */
export type FuturesDepositWithdrawal = {
  uid: string
  time: number
  asset: string
  amount: number
  type: 'deposit' | 'withdrawal'
  status: string
}

/** Legacy `deposits_withdrawals` feed (snapshot then deltas). */
export type FuturesDepositsWithdrawalsMessage = {
  feed: 'deposits_withdrawals_snapshot' | 'deposits_withdrawals'
  account: string
  elements: FuturesDepositWithdrawal[]
}

/** One account-log entry (same fields as REST `accountlog`). */
export type FuturesAccountLogEntry = {
  id: number
  date: string
  asset: string
  info: string
  booking_uid: string
  margin_account: string
  old_balance: number
  new_balance: number
  old_average_entry_price?: number
  new_average_entry_price?: number
  trade_price?: number | null
  mark_price?: number | null
  realized_pnl?: number | null
  fee?: number | null
  execution?: string | null
  collateral?: string | null
  funding_rate?: number | null
  realized_funding?: number | null
  contract?: string | null
  conversion_spread_percentage?: number | null
}

/** First `account_log` message. */
export type FuturesAccountLogSnapshotMessage = { feed: 'account_log_snapshot'; logs: FuturesAccountLogEntry[] }
/** A new account-log entry. */
export type FuturesAccountLogMessage = { feed: 'account_log'; new_entry: FuturesAccountLogEntry }

/** One notification (`type`: market, general, new_feature, bug_fix, maintenance, settlement). */
export type FuturesNotification = {
  id: number
  type: string
  priority: 'low' | 'medium' | 'high'
  note: string
  effective_time: number
  expected_downtime_minutes?: number
}

/** `notifications_auth`: snapshot and later notifications share the feed name. */
export type FuturesNotificationsMessage = { feed: 'notifications_auth'; notifications: FuturesNotification[] }
