import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { _pair } from '../../spot-engine/internal/_parseOrder.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import type { SpotOrder } from '../../spot-engine/types.js'
import type { SimState } from '../../state/SimState.js'
import { _text } from '../internal/_params.js'
import { RawAnswer, type SpotPrivateRoute } from '../internal/_route.js'
import { chargeTradingCounter } from '../rateLimit/chargeTradingCounter.js'
import { issueWsToken } from '../wsTokens.js'

/**
 * The `dropOrderResponses` fault: the order IS placed, then the socket is destroyed without an answer (the client
 * cannot know whether it went through — the duplicate-order scenario).
 */
function answer(state: SimState, result: unknown): unknown {
  const pending = state.faults.dropOrderResponses ?? 0
  if (pending > 0) {
    state.faults = { ...state.faults, dropOrderResponses: pending - 1 }
    return new RawAnswer({ status: 200, body: '', drop: true })
  }
  return result
}

const age = (order: SpotOrder) => Date.now() - order.opentm

/** Open orders a cancel-by-ref would hit (for the age-based trading-counter penalty). */
function cancelTargets(
  state: SimState,
  key: string,
  ref: string | undefined,
  clOrdId: string | undefined,
): SpotOrder[] {
  const open = getSpotEngine(state).openOrders(key)
  if (clOrdId !== undefined) return open.filter((order) => order.cl_ord_id === clOrdId)
  if (ref === undefined) return []
  if (/^-?\d+$/.test(ref)) return open.filter((order) => order.userref === Number(ref))
  return open.filter((order) => order.txid === ref || order.cl_ord_id === ref)
}

/** Kraken quirk: xStocks (tokenized assets) are only found with `asset_class=tokenized_asset`. */
function tradablePair(params: Record<string, unknown>) {
  const pair = _pair(params.pair)
  if (pair.aclass_base === 'tokenized_asset' && _text(params.asset_class) !== 'tokenized_asset') {
    throw new SimKrakenError('EQuery:Unknown asset pair')
  }
  return pair
}

const trade = (handler: SpotPrivateRoute['handler']): SpotPrivateRoute => ({ permission: 'trade', handler })

/** Trading: orders, cancels, amends, batches, dead man's switch, WebSocket token. */
export const tradeRoutes: Record<string, SpotPrivateRoute> = {
  AddOrder: trade(({ state, key, params }) => {
    const engine = getSpotEngine(state)
    const pair = tradablePair(params)
    chargeTradingCounter(state, key, pair, 'add')
    const { descr, txid } = engine.addOrder(key, params)
    return answer(state, txid ? { descr, txid } : { descr })
  }),
  AddOrderBatch: trade(({ state, key, params }) => {
    const pair = tradablePair(params)
    const count = Array.isArray(params.orders) ? params.orders.length : 0
    if (count >= 2 && count <= 15) chargeTradingCounter(state, key, pair, 'batchAdd', undefined, count)
    return answer(state, getSpotEngine(state).batchAdd(key, params))
  }),
  AmendOrder: trade(({ state, key, params }) => {
    const [order] = cancelTargets(state, key, _text(params.txid), _text(params.cl_ord_id))
    if (order) chargeTradingCounter(state, key, order.pair, 'amend', age(order))
    return getSpotEngine(state).amendOrder(key, params)
  }),
  EditOrder: trade(({ state, key, params }) => {
    const [order] = cancelTargets(state, key, _text(params.txid), undefined)
    if (order) chargeTradingCounter(state, key, order.pair, 'edit', age(order))
    return answer(state, getSpotEngine(state).editOrder(key, params))
  }),
  CancelOrder: trade(({ state, key, params }) => {
    const targets = cancelTargets(state, key, _text(params.txid), _text(params.cl_ord_id))
    const result = getSpotEngine(state).cancelOrder(key, params)
    for (const order of targets) chargeTradingCounter(state, key, order.pair, 'cancel', age(order))
    return result
  }),
  CancelAll: trade(({ state, key }) => {
    const targets = getSpotEngine(state).openOrders(key)
    const result = getSpotEngine(state).cancelAll(key)
    for (const order of targets) chargeTradingCounter(state, key, order.pair, 'cancel', age(order))
    return result
  }),
  CancelAllOrdersAfter: trade(({ state, key, params }) =>
    getSpotEngine(state).cancelAllOrdersAfter(key, params.timeout),
  ),
  CancelOrderBatch: trade(({ state, key, params }) => {
    const refs = (value: unknown, field: string) =>
      Array.isArray(value)
        ? value.map((item) => _text(item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : item))
        : []
    const targets = new Set<SpotOrder>()
    for (const ref of refs(params.orders, 'txid'))
      for (const order of cancelTargets(state, key, ref, undefined)) targets.add(order)
    for (const ref of refs(params.cl_ord_ids, 'cl_ord_id'))
      for (const order of cancelTargets(state, key, undefined, ref)) targets.add(order)
    const result = getSpotEngine(state).batchCancel(key, params)
    for (const order of targets) chargeTradingCounter(state, key, order.pair, 'cancel', age(order))
    return result
  }),
  GetWebSocketsToken: {
    permission: 'websocket',
    handler: ({ state, key }) => {
      if (!state.accounts.has(key)) throw new SimKrakenError('EAPI:Invalid key')
      return issueWsToken(state, key)
    },
  },
}
