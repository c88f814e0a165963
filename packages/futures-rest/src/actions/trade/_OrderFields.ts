import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import { DecimalSchema, PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'

/** Order types of sendorder and batch `send`. */
export const ORDER_TYPES = ['lmt', 'post', 'ioc', 'mkt', 'stp', 'take_profit', 'trailing_stop'] as const

/** A client order id: at most 100 characters (Kraken's `clientOrderIdTooLong`). */
export const CliOrdIdSchema = v.pipe(TextSchema, v.maxLength(100, 'cliOrdId is at most 100 characters'))

/** Fields shared by sendorder and the batch `send` instruction (Kraken wire names). */
export const OrderFields = {
  /** `lmt`, `post` (post-only), `ioc`, `mkt`, `stp` (stop), `take_profit`, `trailing_stop`. */
  orderType: v.picklist(ORDER_TYPES),
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_]{2,40}$/, 'Expected a symbol such as "PF_XBTUSD"')),
  /** `buy` or `sell`. */
  side: v.picklist(['buy', 'sell']),
  /** Size in contracts (decimal string). */
  size: PositiveDecimalSchema,
  /** Limit price; required for `lmt`, `post`, `ioc`. */
  limitPrice: v.optional(PositiveDecimalSchema),
  /** Trigger price; required for `stp` and `take_profit`. */
  stopPrice: v.optional(PositiveDecimalSchema),
  /** Your id for the order (≤ 100 characters); use it to look an order up after a timeout. */
  cliOrdId: v.optional(CliOrdIdSchema),
  /** Price that triggers stops: `mark`, `index` or `last` (python also accepts `spot`). */
  triggerSignal: v.optional(v.picklist(['mark', 'index', 'last', 'spot'])),
  /** Only reduce a position. */
  reduceOnly: v.optional(v.boolean()),
  /** Trailing stop: maximum deviation from the peak. */
  trailingStopMaxDeviation: v.optional(PositiveDecimalSchema),
  /** Trailing stop: `PERCENT` or `QUOTE_CURRENCY`. */
  trailingStopDeviationUnit: v.optional(v.picklist(['PERCENT', 'QUOTE_CURRENCY'])),
  /** Stop-limit: limit price offset from the stop price. */
  limitPriceOffsetValue: v.optional(DecimalSchema),
  /** `QUOTE_CURRENCY` or `PERCENT`. */
  limitPriceOffsetUnit: v.optional(v.picklist(['QUOTE_CURRENCY', 'PERCENT'])),
}

/** Cross-field rules Kraken enforces, checked before sending so the mistake never costs a request. */
export function _checkOrderFields(
  order: {
    orderType: string
    limitPrice?: string | undefined
    stopPrice?: string | undefined
    trailingStopMaxDeviation?: string | undefined
    trailingStopDeviationUnit?: string | undefined
  },
  action: string,
  prefix = '',
): void {
  const fail = (field: string, why: string) => {
    throw new KrakenValidationError(`Invalid parameter "${prefix}${field}" for ${action}: ${why}`, {
      field: `${prefix}${field}`,
    })
  }
  if (['lmt', 'post', 'ioc'].includes(order.orderType) && order.limitPrice === undefined)
    fail('limitPrice', `required for orderType "${order.orderType}"`)
  if (['stp', 'take_profit'].includes(order.orderType) && order.stopPrice === undefined)
    fail('stopPrice', `required for orderType "${order.orderType}"`)
  if (order.orderType === 'trailing_stop') {
    if (order.trailingStopMaxDeviation === undefined)
      fail('trailingStopMaxDeviation', 'required for orderType "trailing_stop"')
    if (order.trailingStopDeviationUnit === undefined)
      fail('trailingStopDeviationUnit', 'required for orderType "trailing_stop"')
  }
}
