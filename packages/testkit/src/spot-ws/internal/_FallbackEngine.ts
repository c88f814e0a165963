import { findAsset } from '../../spot-market/pairs.js'
import type { SimState } from '../../state/SimState.js'
import type { WsEngine, WsEngineEvent, WsExecutionReport, WsOrderAck } from './_WsEngine.js'
import type { WsMarket } from './_WsMarket.js'
import { _wsTime } from './_wsTime.js'

type Order = {
  key: string
  order_id: string
  symbol: string
  side: string
  order_type: string
  order_qty: string
  limit_price?: string
  cl_ord_id?: string
  order_userref?: number
}

const fail = (krakenError: string): never => {
  throw { krakenError }
}

/**
 * A minimal resting-order engine for the WS trading methods, used when no `spot-engine` domain is wired in: orders
 * rest (no matching), amend keeps the id, edit replaces it, cancels and the dead man's switch really cancel.
 */
export function _createFallbackEngine(state: SimState, market: WsMarket): WsEngine {
  const orders = new Map<string, Order>()
  const listeners = new Set<(event: WsEngineEvent) => void>()
  const switches = new Map<string, ReturnType<typeof setTimeout>>()
  let counter = 0
  const newId = (prefix: string) => {
    counter++
    const text = (state.seed * 1_000_003 + counter).toString(36).toUpperCase().padStart(11, '0')
    return `${prefix}${text.slice(0, 5)}-${text.slice(5, 10)}-${text.slice(-6).padStart(6, 'X')}`
  }
  const emit = (order: Order, exec_type: string, order_status: string) => {
    const report: WsExecutionReport = { ...order, exec_type, order_status, timestamp: _wsTime() }
    delete report.key
    for (const listener of listeners) listener({ kind: 'execution', key: order.key, report })
  }
  const find = (key: string, id: unknown, byClient: boolean) => {
    for (const order of orders.values()) {
      if (order.key === key && (byClient ? order.cl_ord_id === id : order.order_id === id)) return order
    }
    return undefined
  }
  const add = (key: string, params: Record<string, unknown>): WsOrderAck => {
    const symbol = String(params.symbol ?? '')
    const pair = market.findPair(symbol) ?? fail('EQuery:Unknown asset pair')
    if (params.side !== 'buy' && params.side !== 'sell') fail('EGeneral:Invalid arguments:side')
    const orderType = String(params.order_type ?? '')
    if (
      ![
        'limit',
        'market',
        'iceberg',
        'stop-loss',
        'stop-loss-limit',
        'take-profit',
        'take-profit-limit',
        'trailing-stop',
        'trailing-stop-limit',
        'settle-position',
      ].includes(orderType)
    ) {
      fail('EGeneral:Invalid arguments:order_type')
    }
    const qty = String(params.order_qty ?? '')
    if (!(Number(qty) > 0)) fail('EGeneral:Invalid arguments:order_qty')
    if (Number(qty) < Number(pair.qtyMin)) fail('EOrder:Order minimum not met')
    if (orderType.includes('limit') && params.limit_price === undefined) fail('EGeneral:Invalid arguments:limit_price')
    if (params.cl_ord_id !== undefined && find(key, params.cl_ord_id, true)) fail('EOrder:Duplicate cl_ord_id')
    const order: Order = {
      key,
      order_id: newId('O'),
      symbol,
      side: String(params.side),
      order_type: orderType,
      order_qty: qty,
      ...(params.limit_price === undefined ? {} : { limit_price: String(params.limit_price) }),
      ...(params.cl_ord_id === undefined ? {} : { cl_ord_id: String(params.cl_ord_id) }),
      ...(params.order_userref === undefined ? {} : { order_userref: Number(params.order_userref) }),
    }
    const ack: WsOrderAck = { order_id: order.order_id }
    if (order.cl_ord_id !== undefined) ack.cl_ord_id = order.cl_ord_id
    if (order.order_userref !== undefined) ack.order_userref = order.order_userref
    if (params.validate === true) return ack
    orders.set(order.order_id, order)
    emit(order, 'pending_new', 'pending_new')
    emit(order, 'new', 'new')
    return ack
  }
  const target = (key: string, params: Record<string, unknown>) =>
    (params.order_id !== undefined ? find(key, params.order_id, false) : find(key, params.cl_ord_id, true)) ??
    fail('EOrder:Unknown order')
  const cancel = (order: Order) => {
    orders.delete(order.order_id)
    emit(order, 'canceled', 'canceled')
  }
  const cancelAll = (key: string) => {
    let count = 0
    for (const order of [...orders.values()]) {
      if (order.key === key) {
        cancel(order)
        count++
      }
    }
    return { count }
  }
  const engine: WsEngine = {
    addOrder: add,
    amendOrder(key, params) {
      const order = target(key, params)
      if (params.order_qty !== undefined) order.order_qty = String(params.order_qty)
      if (params.limit_price !== undefined) order.limit_price = String(params.limit_price)
      emit(order, 'amended', 'new')
      return {
        amend_id: newId('T'),
        ...(params.order_id === undefined ? { cl_ord_id: order.cl_ord_id! } : { order_id: order.order_id }),
      }
    },
    editOrder(key, params) {
      const order = target(key, params)
      if (params.symbol !== undefined && params.symbol !== order.symbol) fail('EGeneral:Invalid arguments:symbol')
      cancel(order)
      const replacement = add(key, {
        ...order,
        ...(params.order_qty === undefined ? {} : { order_qty: params.order_qty }),
        ...(params.limit_price === undefined ? {} : { limit_price: params.limit_price }),
        ...(params.order_userref === undefined ? {} : { order_userref: params.order_userref }),
        cl_ord_id: undefined,
      })
      return { order_id: replacement.order_id, original_order_id: order.order_id }
    },
    cancelOrder(key, params) {
      const ids = [
        ...((params.order_id as unknown[] | undefined) ?? []).map((id) => [id, false] as const),
        ...((params.cl_ord_id as unknown[] | undefined) ?? []).map((id) => [id, true] as const),
      ]
      return ids.map(([id, byClient]) => {
        const order = find(key, id, byClient)
        if (!order) return { krakenError: 'EOrder:Unknown order' }
        cancel(order)
        return { order_id: order.order_id, ...(order.cl_ord_id === undefined ? {} : { cl_ord_id: order.cl_ord_id }) }
      })
    },
    cancelAll,
    cancelAllOrdersAfter(key, timeout) {
      clearTimeout(switches.get(key))
      switches.delete(key)
      const now = Date.now()
      if (timeout > 0) {
        const timer = setTimeout(() => {
          switches.delete(key)
          cancelAll(key)
        }, timeout * 1000)
        timer.unref?.()
        switches.set(key, timer)
      }
      const seconds = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`
      return { currentTime: seconds(now), triggerTime: timeout > 0 ? seconds(now + timeout * 1000) : '0' }
    },
    batchAdd(key, params) {
      const list = (params.orders as Array<Record<string, unknown>> | undefined) ?? []
      if (list.length < 2 || list.length > 15) fail('EGeneral:Invalid arguments:orders')
      // All-or-nothing like Kraken: validate every order first.
      for (const order of list) add(key, { ...order, symbol: params.symbol, validate: true })
      return list.map((order) => add(key, { ...order, symbol: params.symbol, validate: params.validate }))
    },
    batchCancel(key, params) {
      const ids = [
        ...((params.orders as unknown[] | undefined) ?? []),
        ...((params.cl_ord_id as unknown[] | undefined) ?? []),
      ]
      let count = 0
      for (const id of ids) {
        const order = find(key, id, false) ?? find(key, id, true)
        if (order) {
          cancel(order)
          count++
        }
      }
      return { count }
    },
    openOrders(key) {
      return [...orders.values()]
        .filter((order) => order.key === key)
        .map(({ key: _key, ...order }) => ({ ...order, exec_type: 'new', order_status: 'new', timestamp: _wsTime() }))
    },
    balances(key) {
      const balances = state.accounts.get(key)?.balances ?? {}
      return Object.entries(balances).map(([name, balance]) => ({
        asset: findAsset(name)?.wsname ?? name,
        asset_class: findAsset(name)?.aclass ?? 'currency',
        balance,
        wallets: [{ type: 'spot', id: 'main', balance }],
      }))
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  state.closers.push(() => {
    for (const timer of switches.values()) clearTimeout(timer)
    switches.clear()
  })
  return engine
}
