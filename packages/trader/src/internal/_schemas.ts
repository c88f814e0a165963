import * as v from 'valibot'

const DECIMAL = /^(\d+(\.\d+)?|\.\d+)$/
// Price may be relative on REST (`+5`, `-2%`, `#1`) as Kraken allows; WS orders then fall back to REST.
const PRICE = /^([+\-#]?(\d+(\.\d+)?|\.\d+)%?)$/

function decimalString(value: string | number): string {
  if (typeof value === 'string') return value.trim()
  // Numbers are written without exponent, so 1e-7 becomes "0.0000001" (decimals are strings on the wire).
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

/** A non-negative decimal given as string or number → its string. */
export const DecimalSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())], 'Expected a decimal string or a finite number'),
  v.transform(decimalString),
  v.regex(DECIMAL, 'Expected a non-negative decimal such as "0.001"'),
)

/** A price: a decimal, or one of Kraken's relative forms. */
export const PriceSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())], 'Expected a price string or a finite number'),
  v.transform(decimalString),
  v.regex(PRICE, 'Expected a price such as "60000.5"'),
)

/** OHLC intervals Kraken accepts (minutes). */
export const IntervalSchema = v.picklist(
  [1, 5, 15, 30, 60, 240, 1440, 10080, 21600],
  'Expected an interval in minutes: 1, 5, 15, 30, 60, 240, 1440, 10080 or 21600',
)
/** Order book depth of a REST `Depth` call. */
export const CountSchema = v.pipe(
  v.number('Expected a number of levels'),
  v.integer('Expected a whole number of levels'),
  v.minValue(1, 'Expected at least 1 level'),
  v.maxValue(500, 'Kraken returns at most 500 levels'),
)

export const PairSchema = v.pipe(v.string('Expected a pair name'), v.minLength(1, 'Expected a non-empty pair name'))
export const SideSchema = v.picklist(['buy', 'sell'], 'Expected "buy" or "sell"')
export const OrderTypeSchema = v.picklist(
  [
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
  ],
  'Expected a Kraken order type such as "market" or "limit"',
)
const TifSchema = v.picklist(['GTC', 'IOC', 'GTD', 'gtc', 'ioc', 'gtd'], 'Expected GTC, IOC or GTD')
const ClOrdIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(36, 'cl_ord_id holds at most 36 characters'))
const UserrefSchema = v.pipe(v.number(), v.integer())

export const PlaceOrderParamsSchema = v.strictObject({
  price: v.optional(PriceSchema),
  price2: v.optional(PriceSchema),
  leverage: v.optional(
    v.pipe(
      v.union([v.string(), v.number()]),
      v.transform((value) => String(value)),
      v.regex(/^\d+(:\d+)?$/, 'Expected a leverage such as 2 or "3"'),
    ),
  ),
  reduce_only: v.optional(v.boolean()),
  time_in_force: v.optional(TifSchema),
  expiretm: v.optional(v.pipe(v.union([v.string(), v.number()]), v.transform(String))),
  post_only: v.optional(v.boolean()),
  cl_ord_id: v.optional(ClOrdIdSchema),
  userref: v.optional(UserrefSchema),
  validate: v.optional(v.boolean()),
})

export const BatchOrderSchema = v.strictObject({
  ordertype: OrderTypeSchema,
  type: SideSchema,
  volume: DecimalSchema,
  price: v.optional(PriceSchema),
  price2: v.optional(PriceSchema),
  timeinforce: v.optional(TifSchema),
  oflags: v.optional(v.string()),
  reduce_only: v.optional(v.boolean()),
  cl_ord_id: v.optional(ClOrdIdSchema),
  userref: v.optional(UserrefSchema),
})

export const BatchOrdersSchema = v.pipe(
  v.array(BatchOrderSchema, 'Expected an array of orders'),
  v.minLength(2, 'A batch needs at least 2 orders'),
  v.maxLength(15, 'A batch holds at most 15 orders'),
)

export const EditOrderParamsSchema = v.strictObject({
  volume: v.optional(DecimalSchema),
  price: v.optional(PriceSchema),
  post_only: v.optional(v.boolean()),
})

export const OrderIdSchema = v.pipe(v.string('Expected an order id'), v.minLength(1, 'Expected a non-empty order id'))
export const OrderIdsSchema = v.pipe(
  v.array(OrderIdSchema, 'Expected an array of order ids'),
  v.minLength(1, 'Expected at least one order id'),
  v.maxLength(50, 'At most 50 orders per batch cancel'),
)
