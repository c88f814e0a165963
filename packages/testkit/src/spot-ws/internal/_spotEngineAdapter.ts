import { fromWsAmendParams, fromWsOrderParams } from '../../spot-engine/fromWsOrderParams.js'
import { isSimKrakenError } from '../../spot-engine/SimKrakenError.js'
import type { SpotEngine } from '../../spot-engine/SpotEngine.js'
import type { SpotOrder } from '../../spot-engine/types.js'
import { findAsset, findPair } from '../../spot-market/pairs.js'
import { chargeTradingCounter } from '../../spot-rest/rateLimit/chargeTradingCounter.js'
import type { SimState } from '../../state/SimState.js'
import { _num } from './_rawJson.js'
import type { WsEngine, WsEngineError, WsOrderAck } from './_WsEngine.js'
import { _wsTime } from './_wsTime.js'

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

function ack(order: Record<string, unknown>, orderId: string | undefined): WsOrderAck {
  const result: WsOrderAck = { order_id: orderId ?? '' }
  if (typeof order.cl_ord_id === 'string') result.cl_ord_id = order.cl_ord_id
  if (typeof order.order_userref === 'number') result.order_userref = order.order_userref
  return result
}

function snapshotEntry(order: SpotOrder): Record<string, unknown> {
  const { pair } = order
  return {
    order_id: order.txid,
    ...(order.cl_ord_id === undefined ? {} : { cl_ord_id: order.cl_ord_id }),
    ...(order.userref === undefined ? {} : { order_userref: order.userref }),
    symbol: pair.wsname,
    side: order.type,
    order_type: order.ordertype,
    order_qty: _num(order.volume.toFixed(pair.lot_decimals)),
    ...(order.price === undefined ? {} : { limit_price: _num(order.price.toFixed(pair.pair_decimals)) }),
    time_in_force: order.timeinforce,
    order_status: order.status === 'pending' ? 'pending_new' : order.vol_exec > 0 ? 'partially_filled' : 'new',
    exec_type: 'new',
    cum_qty: _num(order.vol_exec.toFixed(pair.lot_decimals)),
    cum_cost: _num(order.cost.toFixed(pair.cost_decimals)),
    timestamp: _wsTime(order.opentm),
  }
}

/**
 * The WS view of the simulator's spot engine — the same accounts, orders and balances REST acts on. Translates WS v2
 * names to the engine's REST names (`fromWsOrderParams`) and charges the shared per-pair trading counter.
 */
export function _spotEngineAdapter(state: SimState, engine: SpotEngine): WsEngine {
  const age = (order: SpotOrder | undefined) => (order ? Date.now() - order.opentm : undefined)
  const byId = (key: string, id: unknown) => (typeof id === 'string' ? engine.order(key, id) : undefined)
  const byClientId = (key: string, id: unknown) => engine.openOrders(key).find((order) => order.cl_ord_id === id)
  const charge = (key: string, order: SpotOrder | undefined, kind: 'amend' | 'edit' | 'cancel') => {
    if (order) chargeTradingCounter(state, key, order.pair, kind, age(order))
  }
  return {
    addOrder(key, params) {
      const pair = typeof params.symbol === 'string' ? findPairOf(params.symbol) : undefined
      if (pair) chargeTradingCounter(state, key, pair, 'add')
      const result = engine.addOrder(key, fromWsOrderParams(params))
      return ack(params, result.txid?.[0])
    },
    amendOrder(key, params) {
      charge(key, byId(key, params.order_id) ?? byClientId(key, params.cl_ord_id), 'amend')
      const { amend_id } = engine.amendOrder(key, fromWsAmendParams(params))
      return {
        amend_id,
        ...(params.order_id === undefined
          ? { cl_ord_id: String(params.cl_ord_id) }
          : { order_id: String(params.order_id) }),
      }
    },
    editOrder(key, params) {
      charge(key, byId(key, params.order_id), 'edit')
      const oflags = params.post_only === true ? ['post'] : undefined
      const result = engine.editOrder(key, {
        txid: params.order_id as string,
        ...(params.symbol === undefined ? {} : { pair: String(params.symbol) }),
        ...(params.order_qty === undefined ? {} : { volume: String(params.order_qty) }),
        ...(params.limit_price === undefined ? {} : { price: String(params.limit_price) }),
        ...(params.display_qty === undefined ? {} : { displayvol: String(params.display_qty) }),
        ...(params.order_userref === undefined ? {} : { userref: params.order_userref as number }),
        ...(params.validate === undefined ? {} : { validate: params.validate as boolean }),
        ...(oflags ? { oflags } : {}),
      })
      return { order_id: result.txid ?? '', original_order_id: result.originaltxid ?? String(params.order_id) }
    },
    cancelOrder(key, params) {
      const targets: Array<{ order: SpotOrder | undefined; clOrdId?: string }> = [
        ...list(params.order_id).map((id) => ({ order: byId(key, id) })),
        ...list(params.cl_ord_id).map((id) => ({ order: byClientId(key, id), clOrdId: String(id) })),
        ...list(params.order_userref).map((ref) => ({
          order: engine.openOrders(key).find((order) => order.userref === ref),
        })),
      ]
      return targets.map(({ order, clOrdId }): { order_id: string; cl_ord_id?: string } | WsEngineError => {
        if (!order || (order.status !== 'open' && order.status !== 'pending'))
          return { krakenError: 'EOrder:Unknown order' }
        try {
          charge(key, order, 'cancel')
          engine.cancelOrder(key, { txid: order.txid })
        } catch (error) {
          return { krakenError: isSimKrakenError(error) ? error.krakenError : 'EGeneral:Internal error' }
        }
        return { order_id: order.txid, ...(clOrdId === undefined ? {} : { cl_ord_id: clOrdId }) }
      })
    },
    cancelAll: (key) => engine.cancelAll(key),
    cancelAllOrdersAfter: (key, timeout) => engine.cancelAllOrdersAfter(key, timeout),
    batchAdd(key, params) {
      const orders = list(params.orders) as Array<Record<string, unknown>>
      const pair = typeof params.symbol === 'string' ? findPairOf(params.symbol) : undefined
      if (pair && orders.length >= 2 && orders.length <= 15)
        chargeTradingCounter(state, key, pair, 'batchAdd', undefined, orders.length)
      const result = engine.batchAdd(key, {
        pair: params.symbol,
        orders: orders.map((order) => {
          const { pair: _pair, ...rest } = fromWsOrderParams({ ...order, symbol: params.symbol })
          return rest
        }),
        validate: params.validate,
        deadline: params.deadline,
      })
      const failed = result.orders.find((entry) => 'error' in entry) as { error: string } | undefined
      if (failed) throw { krakenError: failed.error }
      return result.orders.map((entry, index) => ack(orders[index] ?? {}, (entry as { txid?: string }).txid))
    },
    batchCancel(key, params) {
      for (const id of list(params.orders)) charge(key, byId(key, id), 'cancel')
      return engine.batchCancel(key, { orders: params.orders, cl_ord_ids: params.cl_ord_id })
    },
    openOrders: (key) => engine.openOrders(key).map(snapshotEntry),
    balances(key) {
      return Object.entries(engine.balances(key)).map(([name, balance]) => {
        const asset = findAsset(name)
        return {
          asset: asset?.wsname ?? name,
          asset_class: asset?.aclass ?? 'currency',
          balance: _num(balance),
          wallets: [{ type: 'spot', id: 'main', balance: _num(balance) }],
        }
      })
    },
    onEvent(listener) {
      return engine.onEvent((event) => {
        if (event.kind === 'execution') listener({ kind: 'execution', key: event.key, report: event.report })
        else {
          const { ledger } = event
          listener({
            kind: 'balance',
            key: event.key,
            update: {
              ledger_id: ledger.id,
              ref_id: ledger.refid,
              timestamp: _wsTime(ledger.time * 1000),
              type: ledger.type,
              asset: event.wsAsset,
              asset_class: findAsset(ledger.asset)?.aclass ?? 'currency',
              category: ledger.subtype || ledger.type,
              wallet_type: 'spot',
              wallet_id: 'main',
              amount: _num(ledger.amount),
              fee: _num(ledger.fee),
              balance: _num(event.balance),
            },
          })
        }
      })
    },
  }
}

// WS v2 orders name the pair by its WS symbol only.
function findPairOf(symbol: string) {
  const pair = findPair(symbol)
  return pair?.wsname === symbol ? pair : undefined
}
