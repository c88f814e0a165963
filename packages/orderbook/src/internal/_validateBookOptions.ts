import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

const precision = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))

const schema = v.object({
  depth: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pricePrecision: v.optional(precision),
  qtyPrecision: v.optional(precision),
  symbol: v.optional(v.string()),
})

/** Validates OrderBook / FuturesOrderBook options; throws KrakenValidationError naming the field. */
export function validateBookOptions(options: unknown, where: string): void {
  const result = v.safeParse(schema, options)
  if (result.success) return
  const issue = result.issues[0]
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'options'
  throw new KrakenValidationError(`${where}: invalid ${field}: ${issue.message}`, { field })
}
