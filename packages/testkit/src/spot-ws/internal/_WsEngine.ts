/** An error the engine answers with, carrying Kraken's exact string (e.g. `EOrder:Insufficient funds`). */
export type WsEngineError = { krakenError: string }

/** One `executions` channel entry (Kraken WS v2 field names; decimals as text). */
export type WsExecutionReport = Record<string, unknown>

/** One `balances` channel update entry. */
export type WsBalanceUpdate = Record<string, unknown>

export type WsEngineEvent =
  | { kind: 'execution'; key: string; report: WsExecutionReport }
  | { kind: 'balance'; key: string; update: WsBalanceUpdate }

/** Result of one order in `add_order`/`batch_add`. */
export type WsOrderAck = { order_id: string; cl_ord_id?: string; order_userref?: number }

/**
 * What the WS trading methods need from the spot trading engine (the seam to `spot-engine/`). Parameters use WS v2
 * wire names; every method throws a {@link WsEngineError} on failure.
 */
export interface WsEngine {
  addOrder(key: string, params: Record<string, unknown>): WsOrderAck
  amendOrder(key: string, params: Record<string, unknown>): { amend_id: string; order_id?: string; cl_ord_id?: string }
  editOrder(key: string, params: Record<string, unknown>): { order_id: string; original_order_id: string }
  /** One result (or error) per identifier, in request order. */
  cancelOrder(
    key: string,
    params: Record<string, unknown>,
  ): Array<{ order_id: string; cl_ord_id?: string } | WsEngineError>
  cancelAll(key: string): { count: number }
  cancelAllOrdersAfter(key: string, timeout: number): { currentTime: string; triggerTime: string }
  batchAdd(key: string, params: Record<string, unknown>): WsOrderAck[]
  batchCancel(key: string, params: Record<string, unknown>): { count: number }
  /** Open orders as `executions` snapshot entries. */
  openOrders(key: string): WsExecutionReport[]
  /** Balances as `balances` snapshot entries. */
  balances(key: string): Array<Record<string, unknown>>
  onEvent(listener: (event: WsEngineEvent) => void): () => void
}

export function _isEngineError(value: unknown): value is WsEngineError {
  return typeof value === 'object' && value !== null && typeof (value as WsEngineError).krakenError === 'string'
}
