import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import { toRestOrder } from '../futures-engine/toWsOrder.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _failure, _missing, _number, _success } from './_futuresReply.js'

const V3 = '/derivatives/api/v3'
const LIMIT_TYPES = new Set(['lmt', 'post', 'ioc'])
const STOP_TYPES = new Set(['stp', 'take_profit'])

/** Parses `json=<url-encoded JSON>` (batchorder, portfolio simulation); undefined = Kraken's `Json Parse Error`. */
export function _parseJsonParameter(input: URLSearchParams): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(input.get('json') ?? '') as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** Orders: send, edit, cancel, cancel all, dead man's switch, batch, status, fills-driving matching in the engine. */
export const _orderRoutes: FuturesRoute[] = [
  {
    route: `POST ${V3}/sendorder`,
    auth: true,
    pool: 'derivatives',
    cost: () => 10,
    handler: ({ engine, account, input }) => {
      if (_missing(input, 'orderType', 'symbol', 'side', 'size')) return _failure('requiredArgumentMissing')
      const orderType = input.get('orderType') as string
      if (LIMIT_TYPES.has(orderType) && _missing(input, 'limitPrice')) return _failure('requiredArgumentMissing')
      if (STOP_TYPES.has(orderType) && _missing(input, 'stopPrice')) return _failure('requiredArgumentMissing')
      if (orderType === 'trailing_stop' && _missing(input, 'trailingStopMaxDeviation', 'trailingStopDeviationUnit'))
        return _failure('requiredArgumentMissing')
      const sendStatus = engine.sendOrder(account as FuturesAccount, {
        orderType,
        symbol: input.get('symbol') as string,
        side: input.get('side') as string,
        size: _number(input, 'size') ?? Number.NaN,
        limitPrice: _number(input, 'limitPrice'),
        stopPrice: _number(input, 'stopPrice'),
        cliOrdId: input.get('cliOrdId') ?? undefined,
        reduceOnly: input.get('reduceOnly') === 'true',
        triggerSignal: input.get('triggerSignal') ?? undefined,
        trailingStopMaxDeviation: _number(input, 'trailingStopMaxDeviation'),
        trailingStopDeviationUnit: input.get('trailingStopDeviationUnit') ?? undefined,
      })
      return _success({ sendStatus })
    },
  },
  {
    route: `POST ${V3}/editorder`,
    auth: true,
    pool: 'derivatives',
    cost: () => 10,
    handler: ({ engine, account, input }) => {
      if (_missing(input, 'orderId') && _missing(input, 'cliOrdId')) return _failure('requiredArgumentMissing')
      const editStatus = engine.editOrder(account as FuturesAccount, {
        orderId: input.get('orderId') ?? undefined,
        cliOrdId: input.get('cliOrdId') ?? undefined,
        size: _number(input, 'size'),
        limitPrice: _number(input, 'limitPrice'),
        stopPrice: _number(input, 'stopPrice'),
      })
      return _success({ editStatus })
    },
  },
  {
    route: `POST ${V3}/cancelorder`,
    auth: true,
    pool: 'derivatives',
    cost: () => 10,
    handler: ({ engine, account, input }) => {
      if (_missing(input, 'order_id') && _missing(input, 'cliOrdId')) return _failure('requiredArgumentMissing')
      return _success({
        cancelStatus: engine.cancelOrder(account as FuturesAccount, {
          order_id: input.get('order_id') ?? undefined,
          cliOrdId: input.get('cliOrdId') ?? undefined,
        }),
      })
    },
  },
  {
    route: `POST ${V3}/cancelallorders`,
    auth: true,
    pool: 'derivatives',
    cost: () => 25,
    handler: ({ engine, account, input }) =>
      _success({ cancelStatus: engine.cancelAllOrders(account as FuturesAccount, input.get('symbol') || undefined) }),
  },
  {
    route: `POST ${V3}/cancelallordersafter`,
    auth: true,
    pool: 'derivatives',
    cost: () => 25,
    handler: ({ engine, account, input }) => {
      const timeout = _number(input, 'timeout') ?? 0
      if (!(timeout >= 0 && timeout <= 86_400)) return _failure('invalidArgument')
      return _success({ status: engine.cancelAllOrdersAfter(account as FuturesAccount, timeout) })
    },
  },
  {
    // Body: json=<url-encoded JSON>, the encoding Kraken's own doc samples got wrong (python-kraken-sdk #368).
    route: `POST ${V3}/batchorder`,
    auth: true,
    pool: 'derivatives',
    cost: ({ input }) => {
      const list = _parseJsonParameter(input)?.batchOrder
      return 9 + (Array.isArray(list) ? list.length : 0)
    },
    handler: ({ engine, account, input }) => {
      if (_missing(input, 'json')) return _failure('requiredArgumentMissing')
      const json = _parseJsonParameter(input)
      if (!json) return _failure('Json Parse Error')
      if (!Array.isArray(json.batchOrder)) return _failure('requiredArgumentMissing')
      const instructions = json.batchOrder.filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
      )
      return _success({ batchStatus: engine.batchOrder(account as FuturesAccount, instructions) })
    },
  },
  {
    // orderIds / cliOrdIds arrive as repeated keys (`orderIds=a&orderIds=b`).
    route: `POST ${V3}/orders/status`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ engine, account, input }) => {
      const owner = account as FuturesAccount
      const ids = input.getAll('orderIds').flatMap((id) => id.split(','))
      const cliIds = input.getAll('cliOrdIds').flatMap((id) => id.split(','))
      const open = engine.openOrders(owner)
      const orders = open
        .filter(
          (order) => ids.includes(order.order_id) || (order.cliOrdId !== undefined && cliIds.includes(order.cliOrdId)),
        )
        .map((order) => {
          const isTrigger =
            order.orderType === 'stp' || order.orderType === 'take_profit' || order.orderType === 'trailing_stop'
          const {
            orderId,
            cliOrdId,
            symbol,
            side,
            quantity,
            filled,
            limitPrice,
            reduceOnly,
            timestamp,
            lastUpdateTimestamp,
          } = toRestOrder(order)
          return {
            order: {
              type: isTrigger ? 'TRIGGER_ORDER' : 'ORDER',
              orderId,
              cliOrdId: cliOrdId ?? null,
              symbol,
              side,
              quantity,
              filled,
              limitPrice: limitPrice ?? null,
              reduceOnly,
              timestamp,
              lastUpdateTimestamp,
              priceTriggerOptions: null,
              triggerTime: null,
            },
            status: isTrigger ? 'TRIGGER_PLACED' : 'ENTERED_BOOK',
            updateReason: null,
            error: null,
          }
        })
      return _success({ orders })
    },
  },
]
