import { KrakenError, KrakenValidationError } from '@k/errors'
import { _confirm } from '../internal/_confirm.js'
import { _spotClient } from '../internal/_spotClient.js'
import type { Command, CommandContext, CommandOutput } from '../types.js'

/** Arguments of `order add`: side, pair, volume and the order flags. */
export type OrderAddArgs = {
  side: string
  pair: string
  volume: string
  type?: string | undefined
  price?: string | undefined
  price2?: string | undefined
  clOrdId?: string | undefined
  validate?: boolean | undefined
  yes?: boolean | undefined
}
/** Arguments of `order amend`: the txid and the new volume and/or price. */
export type OrderAmendArgs = {
  txid: string
  volume?: string | undefined
  price?: string | undefined
  yes?: boolean | undefined
}
/** Arguments of `order cancel`: txids (or cl_ord_ids). */
export type OrderCancelArgs = { txids: string[]; yes?: boolean | undefined }

const ORDER_TYPES = [
  'market',
  'limit',
  'iceberg',
  'stop-loss',
  'take-profit',
  'stop-loss-limit',
  'take-profit-limit',
  'trailing-stop',
  'trailing-stop-limit',
  'settle-position',
]
const DECIMAL = /^\d+(\.\d+)?$/

/**
 * `kraken order add|amend|cancel|cancel-all`: Spot trading (`AddOrder`, `AmendOrder`, `CancelOrder`, `CancelAll`;
 * python `Trade.create_order`, `amend_order`, `cancel_order`, `cancel_all_orders`). Parameters are checked before
 * anything is sent; every call but `--validate` asks for confirmation unless `--yes`.
 * https://docs.kraken.com/api/docs/rest-api/add-order
 *
 * @example
 * kraken order add buy XBTUSD 0.01 --type limit --price 30000 --validate
 * kraken order cancel OQCLML-BW3P3-BUCMWZ --yes
 */
export const order: {
  add: Command<OrderAddArgs>
  amend: Command<OrderAmendArgs>
  cancel: Command<OrderCancelArgs>
  cancelAll: Command<{ yes?: boolean | undefined }>
} = {
  async add(args, context) {
    const side = args.side.toLowerCase()
    const ordertype = (args.type ?? (args.price ? 'limit' : 'market')).toLowerCase()
    if (side !== 'buy' && side !== 'sell')
      throw new KrakenValidationError('side must be buy or sell.', { field: 'type' })
    if (!DECIMAL.test(args.volume) || Number(args.volume) <= 0) {
      throw new KrakenValidationError('volume must be a positive decimal, like 0.01.', { field: 'volume' })
    }
    if (!ORDER_TYPES.includes(ordertype)) {
      throw new KrakenValidationError(`--type must be one of ${ORDER_TYPES.join(', ')}.`, { field: 'ordertype' })
    }
    if (ordertype !== 'market' && ordertype !== 'settle-position' && args.price === undefined) {
      throw new KrakenValidationError(`--price is required for a ${ordertype} order.`, { field: 'price' })
    }
    for (const [flag, value] of [
      ['price', args.price],
      ['price2', args.price2],
    ] as const) {
      if (value !== undefined && !/^[+-]?\d+(\.\d+)?%?$/.test(value)) {
        throw new KrakenValidationError(`--${flag} must be a decimal, like 30000.5.`, { field: flag })
      }
    }
    const params = withoutUndefined({
      ordertype,
      type: side,
      volume: args.volume,
      pair: args.pair,
      price: args.price,
      price2: args.price2,
      cl_ord_id: args.clOrdId,
      validate: args.validate ? true : undefined,
    })
    const summary = `${side} ${args.volume} ${args.pair} ${ordertype}${args.price ? ` @ ${args.price}` : ''}`
    if (!args.validate) await confirmOrThrow(context, args.yes, `send order: ${summary}?`)
    const { createOrder } = await import('@k/spot-rest')
    const client = await _spotClient(context)
    const result = (await createOrder(client, params as never, { signal: context.signal })) as {
      txid?: string[]
      descr?: { order?: string }
    }
    return table(result, [
      {
        txid: (result.txid ?? []).join(',') || (args.validate ? '(validated, not sent)' : ''),
        order: result.descr?.order ?? summary,
      },
    ])
  },

  async amend(args, context) {
    if (args.volume === undefined && args.price === undefined) {
      throw new KrakenValidationError('order amend needs --volume or --price.', { field: 'order_qty' })
    }
    if (args.volume !== undefined && !DECIMAL.test(args.volume)) {
      throw new KrakenValidationError('--volume must be a positive decimal.', { field: 'order_qty' })
    }
    if (args.price !== undefined && !DECIMAL.test(args.price)) {
      throw new KrakenValidationError('--price must be a positive decimal.', { field: 'limit_price' })
    }
    await confirmOrThrow(context, args.yes, `amend order ${args.txid}?`)
    const { amendOrder } = await import('@k/spot-rest')
    const client = await _spotClient(context)
    const parameters = { txid: args.txid, order_qty: args.volume, limit_price: args.price }
    const result = (await amendOrder(client, withoutUndefined(parameters) as never, { signal: context.signal })) as {
      amend_id?: string
    }
    return table(result, [
      { txid: args.txid, order: `amended${result.amend_id ? ` (amend_id ${result.amend_id})` : ''}` },
    ])
  },

  async cancel(args, context) {
    await confirmOrThrow(context, args.yes, `cancel ${args.txids.join(', ')}?`)
    const { cancelOrder } = await import('@k/spot-rest')
    const client = await _spotClient(context)
    const result = (await cancelOrder(client, { txid: args.txids.join(',') } as never, { signal: context.signal })) as {
      count?: number
    }
    return table(result, [{ txid: args.txids.join(','), order: `cancelled ${result.count ?? 0}` }])
  },

  async cancelAll(args, context) {
    await confirmOrThrow(context, args.yes, 'cancel ALL open orders?')
    const { cancelAllOrders } = await import('@k/spot-rest')
    const client = await _spotClient(context)
    const result = (await cancelAllOrders(client, {}, { signal: context.signal })) as { count?: number }
    return table(result, [{ txid: '*', order: `cancelled ${result.count ?? 0}` }])
  },
}

async function confirmOrThrow(context: CommandContext, yes: boolean | undefined, question: string) {
  if (yes) return
  if (!(await _confirm(context, question))) {
    throw new KrakenError('Not confirmed; nothing was sent.', {
      code: 'EClient:Not confirmed',
      category: 'client',
      retryable: false,
    })
  }
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

function table(data: unknown, rows: Array<Record<string, string>>): CommandOutput {
  return {
    data,
    rows,
    columns: [
      { key: 'txid', title: 'TXID' },
      { key: 'order', title: 'ORDER' },
    ],
  }
}
