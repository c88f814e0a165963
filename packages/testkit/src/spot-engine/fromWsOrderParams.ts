import type { SpotAmendParams, SpotOrderParams } from './types.js'

type WsTriggers = { reference?: string; price?: number | string; price_type?: 'static' | 'pct' | 'quote' }

/**
 * Translates WS v2 `add_order` / `batch_add` order params to the REST wire names the engine takes:
 * `order_type`→`ordertype`, `side`→`type`, `order_qty`→`volume`, `symbol`→`pair`, `limit_price`→`price` (or
 * `price2` for *-limit orders, whose `triggers.price` becomes `price`), `time_in_force`→`timeinforce`,
 * `post_only`/`fee_preference`/`no_mpp`→`oflags`, `cash_order_qty`→`volume`+`viqc`, `display_qty`→`displayvol`,
 * `order_userref`→`userref`, `expire_time`/`effective_time`→`expiretm`/`starttm`, `triggers.reference`→`trigger`.
 *
 * @example
 * engine.addOrder(key, fromWsOrderParams({ order_type: 'limit', side: 'buy', order_qty: 0.1, symbol: 'BTC/USD', limit_price: 50000 }))
 */
export function fromWsOrderParams(params: Record<string, unknown>): SpotOrderParams {
  const orderType = String(params.order_type ?? '')
  const triggers = (params.triggers ?? {}) as WsTriggers
  const oflags: string[] = []
  if (params.post_only === true) oflags.push('post')
  if (params.fee_preference === 'base') oflags.push('fcib')
  if (params.fee_preference === 'quote') oflags.push('fciq')
  if (params.no_mpp === true) oflags.push('nompp')
  if (params.cash_order_qty !== undefined) oflags.push('viqc')
  const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value))
  const triggerPrice = text(triggers.price)
  const triggered =
    orderType.startsWith('stop-loss') || orderType.startsWith('take-profit') || orderType.startsWith('trailing-stop')
  const trailing = orderType.startsWith('trailing-stop')
  const offset = (value: string | undefined, type: string | undefined) =>
    value === undefined
      ? undefined
      : `${trailing && !value.startsWith('+') && !value.startsWith('-') ? '+' : ''}${value}${type === 'pct' ? '%' : ''}`
  const result: SpotOrderParams = {
    pair: text(params.symbol),
    type: text(params.side),
    ordertype: orderType,
    volume: text(params.cash_order_qty ?? params.order_qty),
  }
  const set = (name: string, value: unknown) => {
    if (value !== undefined) result[name] = value
  }
  if (triggered) {
    set('price', offset(triggerPrice, triggers.price_type))
    set('price2', trailing ? offset(text(params.limit_price), text(params.limit_price_type)) : text(params.limit_price))
  } else set('price', text(params.limit_price))
  set('trigger', triggers.reference)
  set('displayvol', text(params.display_qty))
  set('timeinforce', text(params.time_in_force)?.toUpperCase())
  set(
    'expiretm',
    text(params.expire_time) === undefined ? undefined : String(Date.parse(String(params.expire_time)) / 1000),
  )
  set(
    'starttm',
    text(params.effective_time) === undefined ? undefined : String(Date.parse(String(params.effective_time)) / 1000),
  )
  set('userref', params.order_userref)
  set('cl_ord_id', params.cl_ord_id)
  set('validate', params.validate)
  set('reduce_only', params.reduce_only)
  set('stptype', params.stp_type)
  set('deadline', params.deadline)
  if (oflags.length) result.oflags = oflags
  return result
}

/** Translates WS v2 `amend_order` params (`order_id` → `txid`; the other names are shared with REST AmendOrder). */
export function fromWsAmendParams(params: Record<string, unknown>): SpotAmendParams {
  const { order_id, symbol, ...rest } = params
  return {
    ...(rest as SpotAmendParams),
    ...(order_id === undefined ? {} : { txid: String(order_id) }),
    ...(symbol === undefined ? {} : { pair: String(symbol) }),
  }
}
