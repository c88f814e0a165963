import type { FuturesAccount, FuturesHistoryElement } from '../futures-engine/FuturesAccount.js'
import type { FuturesRoute, FuturesRouteContext } from './_FuturesRoute.js'
import { _failure, _number } from './_futuresReply.js'

/** Paging the way Kraken's history API does: since/before (ms), sort, count, continuationToken (an offset here). */
function page(elements: FuturesHistoryElement[], input: URLSearchParams) {
  const since = _number(input, 'since') ?? 0
  const before = _number(input, 'before') ?? Number.POSITIVE_INFINITY
  const tradeable = input.get('tradeable')
  let list = elements.filter((element) => element.timestamp >= since && element.timestamp < before)
  if (tradeable) list = list.filter((element) => JSON.stringify(element.event).includes(`"${tradeable.toUpperCase()}"`))
  if ((input.get('sort') ?? 'desc') === 'desc') list = [...list].reverse()
  const token = input.get('continuation_token') ?? input.get('continuationToken') ?? ''
  const offset = Number(Buffer.from(token, 'base64').toString() || '0') || 0
  const count = Math.min(Math.max(_number(input, 'count') ?? 500, 1), 1000)
  const slice = list.slice(offset, offset + count)
  const more = offset + count < list.length
  return {
    elements: slice,
    len: slice.length,
    ...(more ? { continuationToken: Buffer.from(String(offset + count)).toString('base64') } : {}),
  }
}

function privateHistory(kind: keyof FuturesAccount['history']) {
  return ({ account, input }: FuturesRouteContext) => {
    const owner = account as FuturesAccount
    return {
      status: 200,
      body: { accountUid: owner.uid, ...page(owner.history[kind], input), serverTime: new Date().toISOString() },
    }
  }
}

function publicHistory(kind: 'executions' | 'orders' | 'price') {
  return ({ engine, params, input }: FuturesRouteContext) => {
    const market = engine.market.get(params.tradeable ?? '')
    if (!market) return _failure('notFound', 404)
    const elements: FuturesHistoryElement[] = market.trades.map((trade) => ({
      uid: trade.uid,
      timestamp: trade.time,
      event:
        kind === 'price'
          ? { price: String(trade.price) }
          : kind === 'executions'
            ? {
                Execution: {
                  execution: {
                    uid: trade.uid,
                    timestamp: trade.time,
                    quantity: String(trade.qty),
                    price: String(trade.price),
                    markPrice: String(market.mid),
                    limitFilled: true,
                  },
                },
              }
            : {
                OrderPlaced: {
                  order: {
                    uid: trade.uid,
                    tradeable: market.instrument.symbol,
                    direction: trade.side === 'buy' ? 'Buy' : 'Sell',
                    quantity: String(trade.qty),
                    filled: '0',
                    timestamp: trade.time,
                    limitPrice: String(trade.price),
                    orderType: 'Limit',
                    reduceOnly: false,
                  },
                  reason: 'new_user_order',
                },
              },
    }))
    return { status: 200, body: page(elements, input) }
  }
}

function accountLogCost({ input }: FuturesRouteContext): number {
  const count = _number(input, 'count') ?? 500
  if (count <= 25) return 1
  if (count <= 50) return 2
  if (count <= 1000) return 3
  return count <= 5000 ? 6 : 10
}

function accountLog({ account, input }: FuturesRouteContext) {
  const owner = account as FuturesAccount
  const count = Math.min(Math.max(_number(input, 'count') ?? 500, 1), 100_000)
  const from = _number(input, 'from') ?? 0
  const to = _number(input, 'to') ?? Number.POSITIVE_INFINITY
  const since = _number(input, 'since') ?? 0
  const before = _number(input, 'before') ?? Number.POSITIVE_INFINITY
  const info = input.get('info')
  let logs = owner.log.filter(
    (entry) => entry.id >= from && entry.id <= to && Date.parse(entry.date) >= since && Date.parse(entry.date) < before,
  )
  if (info) logs = logs.filter((entry) => entry.info === info)
  if ((input.get('sort') ?? 'desc') === 'desc') logs = [...logs].reverse()
  return { status: 200, body: { accountUid: owner.uid, logs: logs.slice(0, count) } }
}

function accountLogCsv({ account }: FuturesRouteContext) {
  const owner = account as FuturesAccount
  const columns = [
    'id',
    'date',
    'asset',
    'info',
    'booking_uid',
    'margin_account',
    'old_balance',
    'new_balance',
    'fee',
    'realized_pnl',
    'trade_price',
    'contract',
  ] as const
  const rows = owner.log.map((entry) => columns.map((column) => String(entry[column] ?? '')).join(','))
  return {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body: [columns.join(','), ...rows].join('\n'),
  }
}

/** `/api/history/v3/*` (the current spec) and the `/api/history/v2/*` paths python-kraken-sdk calls. */
export const _historyRoutes: FuturesRoute[] = ['v2', 'v3'].flatMap((version): FuturesRoute[] => {
  const base = `/api/history/${version}`
  const one = () => 1
  return [
    { route: `GET ${base}/market/:tradeable/executions`, auth: false, handler: publicHistory('executions') },
    { route: `GET ${base}/market/:tradeable/orders`, auth: false, handler: publicHistory('orders') },
    { route: `GET ${base}/market/:tradeable/price`, auth: false, handler: publicHistory('price') },
    { route: `GET ${base}/executions`, auth: true, pool: 'history', cost: one, handler: privateHistory('executions') },
    { route: `GET ${base}/orders`, auth: true, pool: 'history', cost: one, handler: privateHistory('orders') },
    { route: `GET ${base}/triggers`, auth: true, pool: 'history', cost: one, handler: privateHistory('triggers') },
    { route: `GET ${base}/positions`, auth: true, pool: 'history', cost: one, handler: privateHistory('positions') },
    { route: `GET ${base}/account-log`, auth: true, pool: 'history', cost: accountLogCost, handler: accountLog },
    { route: `GET ${base}/accountlogcsv`, auth: true, pool: 'history', cost: () => 6, handler: accountLogCsv },
  ]
})
