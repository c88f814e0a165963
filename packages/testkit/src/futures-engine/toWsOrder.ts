import type { FuturesOrder, FuturesWsOrder } from './FuturesEngineTypes.js'

const WS_TYPES = {
  lmt: 'limit',
  post: 'limit',
  ioc: 'limit',
  mkt: 'limit',
  stp: 'stop',
  take_profit: 'take_profit',
  trailing_stop: 'trailing_stop',
} as const

/** The `order` object of the Futures WS `open_orders` feed (seed 002): `direction` 0 = buy, 1 = sell. */
export function toWsOrder(order: FuturesOrder): FuturesWsOrder {
  return {
    instrument: order.symbol,
    time: order.receivedTime,
    last_update_time: order.lastUpdateTime,
    qty: order.size,
    filled: order.filled,
    limit_price: order.limitPrice ?? 0,
    stop_price: order.stopPrice ?? 0,
    type: WS_TYPES[order.orderType],
    order_id: order.order_id,
    ...(order.cliOrdId === undefined ? {} : { cli_ord_id: order.cliOrdId }),
    direction: order.side === 'buy' ? 0 : 1,
    reduce_only: order.reduceOnly,
    ...(order.triggerSignal === undefined ? {} : { triggerSignal: order.triggerSignal }),
    ...(order.orderType === 'trailing_stop'
      ? {
          trailing_stop_options: {
            max_deviation: order.trailingStopMaxDeviation ?? 0,
            unit: (order.trailingStopDeviationUnit ?? 'PERCENT').toLowerCase(),
          },
        }
      : {}),
  }
}

/** The `order` object inside REST `orderEvents` (sendorder, editorder, cancelorder, batchorder). */
export function toRestOrder(order: FuturesOrder): Record<string, unknown> {
  return {
    orderId: order.order_id,
    ...(order.cliOrdId === undefined ? {} : { cliOrdId: order.cliOrdId }),
    type: order.orderType,
    symbol: order.symbol,
    side: order.side,
    quantity: order.size,
    filled: order.filled,
    ...(order.limitPrice === undefined ? {} : { limitPrice: order.limitPrice }),
    ...(order.stopPrice === undefined ? {} : { stopPrice: order.stopPrice }),
    reduceOnly: order.reduceOnly,
    timestamp: new Date(order.receivedTime).toISOString(),
    lastUpdateTimestamp: new Date(order.lastUpdateTime).toISOString(),
  }
}
