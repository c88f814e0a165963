import * as v from 'valibot'
import { DecimalSchema } from './DecimalSchema.js'
import { Int32Schema } from './Int32Schema.js'
import { NameSchema } from './NameSchema.js'
import { OflagsSchema } from './OflagsSchema.js'
import { PriceSchema } from './PriceSchema.js'

/** Every `ordertype` Kraken accepts. */
export const OrderTypeSchema = v.picklist([
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
])

/** `buy` or `sell` (Kraken's wire name is `type`). */
export const SideSchema = v.picklist(['buy', 'sell'])
/** Self-trade prevention. */
export const StpTypeSchema = v.picklist(['cancel-newest', 'cancel-oldest', 'cancel-both'])
export const TimeInForceSchema = v.picklist(['GTC', 'IOC', 'GTD'])
export const TriggerSchema = v.picklist(['index', 'last'])

const PRICED = new Set([
  'limit',
  'iceberg',
  'stop-loss',
  'take-profit',
  'stop-loss-limit',
  'take-profit-limit',
  'trailing-stop',
  'trailing-stop-limit',
])
const WITH_PRICE2 = new Set(['stop-loss-limit', 'take-profit-limit', 'trailing-stop-limit'])
const TRIGGERED = new Set([
  'stop-loss',
  'take-profit',
  'stop-loss-limit',
  'take-profit-limit',
  'trailing-stop',
  'trailing-stop-limit',
])

/** The fields of one order, shared by AddOrder and each entry of AddOrderBatch. */
export const orderFields = {
  ordertype: OrderTypeSchema,
  type: SideSchema,
  volume: DecimalSchema,
  displayvol: v.optional(DecimalSchema),
  price: v.optional(PriceSchema),
  price2: v.optional(PriceSchema),
  trigger: v.optional(TriggerSchema),
  leverage: v.optional(v.union([v.string(), v.number()])),
  reduce_only: v.optional(v.boolean()),
  stptype: v.optional(StpTypeSchema),
  oflags: v.optional(OflagsSchema),
  timeinforce: v.optional(TimeInForceSchema),
  starttm: v.optional(v.union([v.string(), v.number()])),
  expiretm: v.optional(v.union([v.string(), v.number()])),
  userref: v.optional(Int32Schema),
  cl_ord_id: v.optional(NameSchema),
  /** Conditional close order (`close[ordertype]`, `close[price]`, `close[price2]` on the wire). */
  close: v.optional(
    v.object({ ordertype: OrderTypeSchema, price: v.optional(PriceSchema), price2: v.optional(PriceSchema) }),
  ),
}

type OrderLike = {
  ordertype: string
  price?: string | undefined
  price2?: string | undefined
  trigger?: string | undefined
  displayvol?: string | undefined
  timeinforce?: string | undefined
  expiretm?: string | number | undefined
  userref?: number | undefined
  cl_ord_id?: string | undefined
}

function rule<T extends OrderLike>(field: keyof OrderLike, test: (order: OrderLike) => boolean, message: string) {
  // valibot types the path against T; the field names above are keys of every order object.
  return v.forward<T, v.CheckIssue<T>, ['ordertype']>(v.check<T, string>(test, message), [field] as never)
}

/**
 * Kraken's mutual requirements between order fields, each reported on the field to fix (python-kraken-sdk checks
 * price2 and trigger; Kraken rejects the rest with a less helpful `EGeneral:Invalid arguments`).
 */
export function orderRules<T extends OrderLike>() {
  return [
    rule<T>(
      'price',
      (order) => !PRICED.has(order.ordertype) || order.price !== undefined,
      'price is required for this ordertype',
    ),
    rule<T>(
      'price2',
      (order) => WITH_PRICE2.has(order.ordertype) === (order.price2 !== undefined),
      'price2 is required for stop-loss-limit, take-profit-limit and trailing-stop-limit, and only allowed there',
    ),
    rule<T>(
      'trigger',
      (order) => order.trigger === undefined || TRIGGERED.has(order.ordertype),
      'trigger is only allowed for stop-loss, take-profit and trailing orders',
    ),
    rule<T>(
      'displayvol',
      (order) => order.ordertype !== 'iceberg' || order.displayvol !== undefined,
      'displayvol is required for iceberg orders',
    ),
    rule<T>(
      'expiretm',
      (order) => order.timeinforce !== 'GTD' || order.expiretm !== undefined,
      'expiretm is required with timeinforce GTD',
    ),
    rule<T>(
      'cl_ord_id',
      (order) => order.userref === undefined || order.cl_ord_id === undefined,
      'userref and cl_ord_id cannot be combined',
    ),
  ] as const
}
