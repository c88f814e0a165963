import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import { ConditionalCloseSchema, OrderTriggerSchema } from '../schemas/OrderTriggerSchema.js'
import { DeadlineSchema, Rfc3339Schema } from '../schemas/Rfc3339Schema.js'
import { WsDecimalSchema, WsSignedDecimalSchema } from '../schemas/WsDecimalSchema.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

const ORDER_TYPES = [
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
] as const
const NEEDS_LIMIT = new Set(['limit', 'iceberg', 'stop-loss-limit', 'take-profit-limit', 'trailing-stop-limit'])
const NEEDS_TRIGGER = new Set([
  'stop-loss',
  'stop-loss-limit',
  'take-profit',
  'take-profit-limit',
  'trailing-stop',
  'trailing-stop-limit',
])

/** Fields of one order (seed 000 `AddOrderParams` without `symbol`/`token`), shared with `batch_add`. */
export const OrderEntries = {
  side: v.picklist(['buy', 'sell']),
  order_type: v.picklist(ORDER_TYPES),
  /** Base quantity. Required unless `cash_order_qty` (buy market orders in quote currency). */
  order_qty: v.optional(WsDecimalSchema),
  limit_price: v.optional(WsSignedDecimalSchema),
  limit_price_type: v.optional(v.picklist(['static', 'pct', 'quote'])),
  triggers: v.optional(OrderTriggerSchema),
  time_in_force: v.optional(v.picklist(['gtc', 'gtd', 'ioc'])),
  margin: v.optional(v.boolean()),
  post_only: v.optional(v.boolean()),
  reduce_only: v.optional(v.boolean()),
  effective_time: v.optional(Rfc3339Schema),
  expire_time: v.optional(Rfc3339Schema),
  cl_ord_id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(36))),
  order_userref: v.optional(v.pipe(v.number(), v.integer())),
  conditional: v.optional(ConditionalCloseSchema),
  display_qty: v.optional(WsDecimalSchema),
  fee_preference: v.optional(v.picklist(['base', 'quote'])),
  no_mpp: v.optional(v.boolean()),
  stp_type: v.optional(v.picklist(['cancel_newest', 'cancel_oldest', 'cancel_both'])),
  cash_order_qty: v.optional(WsDecimalSchema),
  sender_sub_id: v.optional(v.string()),
}

type OrderShape = {
  order_type: string
  order_qty?: string | undefined
  cash_order_qty?: string | undefined
  limit_price?: string | undefined
  triggers?: unknown
  time_in_force?: string | undefined
  expire_time?: string | undefined
  display_qty?: string | undefined
}

const RULES: ReadonlyArray<readonly [keyof OrderShape, (order: OrderShape) => boolean, string]> = [
  [
    'order_qty',
    (order) => order.order_qty !== undefined || order.cash_order_qty !== undefined,
    'order_qty is required (or cash_order_qty).',
  ],
  [
    'limit_price',
    (order) => !NEEDS_LIMIT.has(order.order_type) || order.limit_price !== undefined,
    'limit_price is required for this order_type.',
  ],
  [
    'triggers',
    (order) => !NEEDS_TRIGGER.has(order.order_type) || order.triggers !== undefined,
    'triggers is required for this order_type.',
  ],
  [
    'expire_time',
    (order) => order.time_in_force !== 'gtd' || order.expire_time !== undefined,
    'expire_time is required with time_in_force "gtd".',
  ],
  [
    'display_qty',
    (order) => order.order_type !== 'iceberg' || order.display_qty !== undefined,
    'display_qty is required for iceberg orders.',
  ],
]

/** Cross-field rules of one order (after the schema); the error names the field, e.g. `orders.1.limit_price`. */
export function _checkOrder(order: OrderShape, method: string, prefix = ''): void {
  for (const [field, rule, message] of RULES) {
    if (!rule(order)) {
      throw new KrakenValidationError(`Invalid "${prefix}${field}" for ${method}: ${message}`, {
        endpoint: `ws ${method}`,
        field: `${prefix}${field}`,
      })
    }
  }
}

export const AddOrderParametersSchema = v.strictObject({
  /** WS v2 pair name, e.g. `BTC/USD`. */
  symbol: v.pipe(v.string(), v.minLength(3)),
  ...OrderEntries,
  deadline: v.optional(DeadlineSchema),
  validate: v.optional(v.boolean()),
})

/** `add_order` params (seed 000 `AddOrderParams`; the token is added by the client). Decimals: string | number. */
export type AddOrderParameters = v.InferInput<typeof AddOrderParametersSchema>

/** Seed 000 `AddOrderResult`. */
export type AddOrderResult = { order_id: string; cl_ord_id?: string; order_userref?: number; warnings?: string[] }

/**
 * Places an order over the authenticated WebSocket and resolves with Kraken's result, matched by `req_id`. Never
 * re-sent automatically: on a timeout or a dropped socket the outcome is unknown (`KrakenTimeoutError` /
 * `KrakenNetworkError` with `details.sent: 'maybe'`) — reconcile by `cl_ord_id` / `order_userref`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/add_order
 * - Python: `SpotWSClient.send_message({"method": "add_order", …})`
 *
 * @example
 * const { order_id } = await addOrder(client, { symbol: 'BTC/USD', side: 'buy', order_type: 'limit', order_qty: '0.001', limit_price: '90000.0' })
 */
export async function addOrder(
  client: WsRequester,
  parameters: AddOrderParameters,
  options?: WsRequestOptions,
): Promise<AddOrderResult> {
  const params = _parseParameters(AddOrderParametersSchema, parameters, 'add_order')
  _checkOrder(params, 'add_order')
  const [response] = await client.wsRequest('add_order', params, options)
  return response!.result as AddOrderResult
}
