import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { _restOrder } from '../../spot-engine/internal/_describeOrder.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import { TAKER_FEE } from '../../spot-engine/SpotEngine.js'
import type { SpotLedgerEntry, SpotOrder, SpotUserTrade } from '../../spot-engine/types.js'
import { getSpotMarket } from '../../spot-market/getSpotMarket.js'
import { findAsset, findPair, SIM_PAIRS } from '../../spot-market/pairs.js'
import type { SimState } from '../../state/SimState.js'
import { _flag, _list, _number, _required, _text } from '../internal/_params.js'
import type { SpotPrivateRoute } from '../internal/_route.js'

const seconds = (ms: number) => Math.round(ms / 10) / 100

/** Value of an amount of `asset` in `target` (via the synthetic market's last prices). */
export function _valueIn(state: SimState, asset: string, amount: number, target: string): number {
  if (asset === target) return amount
  const market = getSpotMarket(state)
  const direct = SIM_PAIRS.find((pair) => pair.base === asset && pair.quote === target)
  if (direct) return amount * market.lastPrice(direct)
  const inverse = SIM_PAIRS.find((pair) => pair.base === target && pair.quote === asset)
  if (inverse) return amount / market.lastPrice(inverse)
  const viaUsd = SIM_PAIRS.find((pair) => pair.base === asset && pair.quote === 'ZUSD')
  if (viaUsd && target !== 'ZUSD') return _valueIn(state, 'ZUSD', amount * market.lastPrice(viaUsd), target)
  // Stable coins and EUR at fixed rates keep the figures plausible.
  if (asset === 'USDT' || (asset === 'ZEUR' && target === 'ZUSD')) return amount * (asset === 'ZEUR' ? 1.08 : 1)
  return 0
}

function tradeView(trade: SpotUserTrade, withLedgers: boolean): Record<string, unknown> {
  const { pair } = trade
  return {
    ordertxid: trade.ordertxid,
    postxid: trade.postxid,
    pair: pair.restName,
    time: seconds(trade.time),
    type: trade.type,
    ordertype: trade.ordertype,
    price: trade.price.toFixed(pair.pair_decimals),
    cost: trade.cost.toFixed(pair.cost_decimals),
    fee: trade.fee.toFixed(pair.cost_decimals),
    vol: trade.vol.toFixed(pair.lot_decimals),
    margin: (0).toFixed(pair.cost_decimals),
    misc: '',
    trade_id: trade.trade_id,
    maker: trade.maker,
    ...(withLedgers ? { ledgers: trade.ledgers } : {}),
  }
}

function ledgerView({ id: _id, time, ...entry }: SpotLedgerEntry): Record<string, unknown> {
  return { ...entry, time: seconds(time) }
}

/** `start`/`end`: unix seconds, or (Kraken accepts both) the id of an item whose time bounds the window (exclusive). */
function window<T>(
  items: T[],
  params: Record<string, unknown>,
  time: (item: T) => number,
  id: (item: T) => string,
): T[] {
  const bound = (name: 'start' | 'end') => {
    const text = _text(params[name])
    if (text === undefined) return undefined
    if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
    const item = items.find((candidate) => id(candidate) === text)
    if (!item) throw new SimKrakenError(`EGeneral:Invalid arguments:${name}`)
    return time(item) / 1000
  }
  const start = bound('start')
  const end = bound('end')
  return items.filter(
    (item) => (start === undefined || time(item) / 1000 > start) && (end === undefined || time(item) / 1000 <= end),
  )
}

function filterOrders(orders: SpotOrder[], params: Record<string, unknown>): SpotOrder[] {
  const userref = _number(params, 'userref')
  const clOrdId = _text(params.cl_ord_id)
  return orders.filter(
    (order) =>
      (userref === undefined || order.userref === userref) && (clOrdId === undefined || order.cl_ord_id === clOrdId),
  )
}

const query = (handler: SpotPrivateRoute['handler']): SpotPrivateRoute => ({ permission: 'query', handler })

/** Account data: balances, orders, trades, ledgers, volume (`/0/private/*`, "Query Funds/Orders" permissions). */
export const userRoutes: Record<string, SpotPrivateRoute> = {
  Balance: query(({ state, key }) => getSpotEngine(state).balances(key)),
  BalanceEx: query(({ state, key }) => {
    const engine = getSpotEngine(state)
    const holds = engine.holds(key)
    return Object.fromEntries(
      Object.entries(engine.balances(key)).map(([asset, balance]) => {
        const decimals = findAsset(asset)?.decimals ?? 8
        return [
          asset,
          {
            balance,
            credit: (0).toFixed(decimals),
            credit_used: (0).toFixed(decimals),
            hold_trade: (holds.get(asset) ?? 0).toFixed(decimals),
          },
        ]
      }),
    )
  }),
  CreditLines: query(({ state, key }) => {
    const balances = getSpotEngine(state).balances(key)
    const usd = Number(balances.ZUSD ?? 0)
    return {
      asset_details: {
        USD: { balance: usd.toFixed(4), credit_limit: '0.0000', credit_used: '0.0000', available_credit: '0.0000' },
      },
      limits_monitor: {
        total_credit_usd: '0.0000',
        total_credit_used_usd: '0.0000',
        total_collateral_value_usd: usd.toFixed(4),
        equity_usd: usd.toFixed(4),
        ongoing_balance: '0.0000',
        debt_to_equity: '0.0000',
      },
    }
  }),
  TradeBalance: query(({ state, key, params }) => {
    const target = findAsset(_text(params.asset) ?? 'ZUSD')?.name
    if (!target) throw new SimKrakenError('EQuery:Unknown asset')
    const engine = getSpotEngine(state)
    let equivalent = 0
    for (const [asset, amount] of Object.entries(engine.balances(key)))
      equivalent += _valueIn(state, asset, Number(amount), target)
    const decimals = Math.min(findAsset(target)?.decimals ?? 4, 4)
    const fixed = (value: number) => value.toFixed(decimals)
    // Spot-only simulator: no margin positions, so trade balance = equity = free margin and P/L is zero.
    return {
      eb: fixed(equivalent),
      tb: fixed(equivalent),
      m: fixed(0),
      uv: fixed(0),
      n: fixed(0),
      c: fixed(0),
      v: fixed(0),
      e: fixed(equivalent),
      mf: fixed(equivalent),
      ml: fixed(0),
    }
  }),
  OpenOrders: query(({ state, key, params }) => {
    const orders = filterOrders(getSpotEngine(state).openOrders(key), params)
    return { open: Object.fromEntries(orders.map((order) => [order.txid, _restOrder(order, _flag(params.trades))])) }
  }),
  ClosedOrders: query(({ state, key, params }) => {
    const closeTime = _text(params.closetime) ?? 'both'
    const time = (order: SpotOrder) => (closeTime === 'open' ? order.opentm : (order.closetm ?? order.opentm))
    const orders = window(
      filterOrders(getSpotEngine(state).closedOrders(key), params),
      params,
      time,
      (order) => order.txid,
    )
    const offset = _number(params, 'ofs') ?? 0
    const page = orders.slice(offset, offset + 50)
    return {
      closed: Object.fromEntries(page.map((order) => [order.txid, _restOrder(order, _flag(params.trades))])),
      ...(_flag(params.without_count) ? {} : { count: orders.length }),
    }
  }),
  QueryOrders: query(({ state, key, params }) => {
    const txids = _list(params.txid)
    if (!txids.length || txids.length > 50) throw new SimKrakenError('EGeneral:Invalid arguments:txid')
    const engine = getSpotEngine(state)
    const userref = _number(params, 'userref')
    const result: Record<string, unknown> = {}
    for (const txid of txids) {
      const order = engine.order(key, txid)
      if (!order) throw new SimKrakenError('EOrder:Invalid order')
      if (userref === undefined || order.userref === userref) result[txid] = _restOrder(order, _flag(params.trades))
    }
    return result
  }),
  OrderAmends: query(({ state, key, params }) => {
    const txid = _text(params.order_id) ?? _required(params, 'txid')
    const engine = getSpotEngine(state)
    if (!engine.order(key, txid)) throw new SimKrakenError('EOrder:Unknown order')
    const amends = engine.account(key).amends.get(txid) ?? []
    return { amends, count: amends.length }
  }),
  TradesHistory: query(({ state, key, params }) => {
    const type = _text(params.type) ?? 'all'
    let trades = [...getSpotEngine(state).account(key).trades.values()].reverse()
    if (type === 'no position' || type === 'all')
      trades = window(
        trades,
        params,
        (trade) => trade.time,
        (trade) => trade.id,
      )
    else trades = []
    const offset = _number(params, 'ofs') ?? 0
    return {
      trades: Object.fromEntries(
        trades.slice(offset, offset + 50).map((trade) => [trade.id, tradeView(trade, _flag(params.ledgers))]),
      ),
      count: trades.length,
    }
  }),
  QueryTrades: query(({ state, key, params }) => {
    const txids = _list(params.txid)
    if (!txids.length || txids.length > 20) throw new SimKrakenError('EGeneral:Invalid arguments:txid')
    const trades = getSpotEngine(state).account(key).trades
    return Object.fromEntries(
      txids.map((txid) => {
        const trade = trades.get(txid)
        if (!trade) throw new SimKrakenError('EGeneral:Invalid arguments:txid')
        return [txid, tradeView(trade, false)]
      }),
    )
  }),
  // Spot-only simulator: margin positions are never opened, so the answer is an empty object (as Kraken's is).
  OpenPositions: query(() => ({})),
  Ledgers: query(({ state, key, params }) => {
    const assets = new Set(
      _list(params.asset)
        .filter((asset) => asset !== 'all')
        .map((asset) => findAsset(asset)?.name ?? asset),
    )
    const type = _text(params.type) ?? 'all'
    let ledgers = [...getSpotEngine(state).account(key).ledgers.values()].reverse()
    ledgers = ledgers.filter(
      (entry) => (!assets.size || assets.has(entry.asset)) && (type === 'all' || entry.type === type),
    )
    ledgers = window(
      ledgers,
      params,
      (entry) => entry.time,
      (entry) => entry.id,
    )
    const offset = _number(params, 'ofs') ?? 0
    return {
      ledger: Object.fromEntries(ledgers.slice(offset, offset + 50).map((entry) => [entry.id, ledgerView(entry)])),
      ...(_flag(params.without_count) ? {} : { count: ledgers.length }),
    }
  }),
  QueryLedgers: query(({ state, key, params }) => {
    const ids = _list(params.id)
    if (!ids.length || ids.length > 20) throw new SimKrakenError('EGeneral:Invalid arguments:id')
    const ledgers = getSpotEngine(state).account(key).ledgers
    return Object.fromEntries(
      ids.map((id) => {
        const entry = ledgers.get(id)
        if (!entry) throw new SimKrakenError('EGeneral:Invalid arguments:id')
        return [id, ledgerView(entry)]
      }),
    )
  }),
  TradeVolume: query(({ state, key, params }) => {
    const since = Date.now() - 30 * 86_400_000
    let volume = 0
    for (const trade of getSpotEngine(state).account(key).trades.values()) {
      if (trade.time >= since) volume += _valueIn(state, trade.pair.quote, trade.cost, 'ZUSD')
    }
    const pairs = _list(params.pair).map((name) => {
      const pair = findPair(name)
      if (!pair) throw new SimKrakenError('EQuery:Unknown asset pair')
      return pair
    })
    const schedule = (fee: number, max: number) => ({
      fee: fee.toFixed(4),
      minfee: (max === 0.26 ? 0.1 : 0).toFixed(4),
      maxfee: max.toFixed(4),
      nextfee: (max === 0.26 ? 0.24 : 0.14).toFixed(4),
      nextvolume: '50000.0000',
      tiervolume: '0.0000',
    })
    return {
      currency: 'ZUSD',
      volume: volume.toFixed(4),
      ...(pairs.length
        ? {
            fees: Object.fromEntries(pairs.map((pair) => [pair.restName, schedule(TAKER_FEE * 100, 0.26)])),
            fees_maker: Object.fromEntries(pairs.map((pair) => [pair.restName, schedule(0.16, 0.16)])),
          }
        : {}),
    }
  }),
}
