import type {
  FuturesAccountLogEntry,
  FuturesFill,
  FuturesNotification,
  FuturesOrder,
  FuturesPosition,
} from './FuturesEngineTypes.js'

/** One history element as the `/api/history/v3` endpoints return it. */
export type FuturesHistoryElement = { uid: string; timestamp: number; event: Record<string, unknown> }

/** Everything the engine keeps for one Futures API key. */
export type FuturesAccount = {
  /** The Futures API key. */
  key: string
  /** The Spot API key of the same account (state.futuresKeys). */
  spotKey: string
  uid: string
  /** Wallets by name (`flex`, `cash`) → currency (upper case, e.g. `USD`) → amount. */
  wallets: Map<string, Map<string, number>>
  orders: Map<string, FuturesOrder>
  fills: FuturesFill[]
  /** Signed size (positive long) and average entry price per symbol. */
  positions: Map<string, { size: number; price: number; fillTime: number }>
  log: FuturesAccountLogEntry[]
  notifications: FuturesNotification[]
  leverage: Map<string, number>
  pnlCurrency: Map<string, string>
  subaccounts: Array<{ uid: string; tradingEnabled: boolean; wallets: Map<string, number> }>
  selfTradeStrategy: string
  assignments: Array<Record<string, unknown>>
  history: {
    orders: FuturesHistoryElement[]
    executions: FuturesHistoryElement[]
    triggers: FuturesHistoryElement[]
    positions: FuturesHistoryElement[]
  }
  deadMan: { timer: ReturnType<typeof setTimeout> | undefined; triggerTime: number }
  /** Latest position snapshot for consumers (WS open_positions). */
  positionList(): FuturesPosition[]
}
