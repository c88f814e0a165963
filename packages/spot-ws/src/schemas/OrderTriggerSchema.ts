import * as v from 'valibot'
import { WsSignedDecimalSchema } from './WsDecimalSchema.js'

/** `triggers` of stop-loss / take-profit / trailing orders (seed 000 `OrderTrigger`). */
export const OrderTriggerSchema = v.strictObject({
  /** Price the trigger watches: `index` or `last` (Kraken's default). */
  reference: v.optional(v.picklist(['index', 'last'])),
  price: WsSignedDecimalSchema,
  /** `static` (default), `pct` or `quote` (offset from the reference). */
  price_type: v.optional(v.picklist(['static', 'pct', 'quote'])),
})

/** `conditional`: an OTO close order attached to the parent (seed 000 `ConditionalClose`). */
export const ConditionalCloseSchema = v.strictObject({
  order_type: v.picklist([
    'limit',
    'stop-loss',
    'stop-loss-limit',
    'take-profit',
    'take-profit-limit',
    'trailing-stop',
    'trailing-stop-limit',
  ]),
  limit_price: v.optional(WsSignedDecimalSchema),
  limit_price_type: v.optional(v.picklist(['static', 'pct', 'quote'])),
  trigger_price: v.optional(WsSignedDecimalSchema),
  trigger_price_type: v.optional(v.picklist(['static', 'pct', 'quote'])),
})
