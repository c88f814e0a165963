import type { SimRequestContext, SpotWsSession } from './_SpotWsSession.js'
import { _isEngineError } from './_WsEngine.js'

/** The trading methods of WS v2 (seed 000), by wire name. */
export const TRADING_METHODS = new Set([
  'add_order',
  'amend_order',
  'edit_order',
  'cancel_order',
  'cancel_all',
  'cancel_all_orders_after',
  'batch_add',
  'batch_cancel',
])

function dropsResponse(session: SpotWsSession): boolean {
  // Fault: the order is accepted but its answer is lost (for duplicate-order tests). Global count first.
  const global = session.hub.state.faults
  if (global.dropOrderResponses && global.dropOrderResponses > 0) {
    global.dropOrderResponses--
    return true
  }
  if (session.faults.dropOrderResponses && session.faults.dropOrderResponses > 0) {
    session.faults.dropOrderResponses--
    return true
  }
  return false
}

/** Runs one trading method against the shared engine (same account state as REST) and answers like Kraken. */
export function _handleTrading(session: SpotWsSession, context: SimRequestContext, rawParams: unknown): void {
  if (!session.endpoint.isPrivate) {
    session.failure(context, 'EGeneral:Permission denied')
    return
  }
  const params = (typeof rawParams === 'object' && rawParams !== null ? rawParams : {}) as Record<string, unknown>
  if (session.endpoint.isUnified && params.asset_class !== 'spot') {
    session.failure(context, 'EGeneral:Invalid arguments:asset_class')
    return
  }
  const key = session.hub.validateToken(params.token)
  if (key === undefined) {
    session.failure(context, 'EAPI:Invalid token')
    return
  }
  session.key ??= key
  const engine = session.hub.engine
  session.hub.state.requestLog.record(key, `WS ${context.method}`)
  try {
    switch (context.method) {
      case 'add_order': {
        const result = engine.addOrder(key, params)
        if (!dropsResponse(session)) session.success(context, result)
        return
      }
      case 'batch_add': {
        const result = engine.batchAdd(key, params)
        if (!dropsResponse(session)) session.success(context, result)
        return
      }
      case 'amend_order':
        session.success(context, engine.amendOrder(key, params))
        return
      case 'edit_order':
        session.success(context, engine.editOrder(key, params))
        return
      case 'cancel_order': {
        // Kraken quirk: cancelling several orders answers with a stream of one response per order.
        const results = engine.cancelOrder(key, params)
        if (results.length === 0) session.failure(context, 'EGeneral:Invalid arguments:order_id')
        for (const result of results) {
          if (_isEngineError(result)) session.failure(context, result.krakenError)
          else session.success(context, result)
        }
        return
      }
      case 'cancel_all':
        session.success(context, engine.cancelAll(key))
        return
      case 'cancel_all_orders_after': {
        const timeout = params.timeout
        if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 0 || timeout >= 86_400) {
          session.failure(context, 'EGeneral:Invalid arguments:timeout')
          return
        }
        session.success(context, engine.cancelAllOrdersAfter(key, timeout))
        return
      }
      case 'batch_cancel':
        session.success(context, engine.batchCancel(key, params))
        return
    }
  } catch (error) {
    session.failure(context, _isEngineError(error) ? error.krakenError : 'EGeneral:Internal error')
  }
}
