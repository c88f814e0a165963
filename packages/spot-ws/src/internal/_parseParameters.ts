import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

/**
 * Validates parameters before anything is sent (no token fetch, no socket write); failure is a
 * KrakenValidationError whose message and `field` name the parameter (dotted path, e.g. `orders.1.limit_price`).
 */
export function _parseParameters<Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  method: string,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = issue.path?.map((item) => String(item.key)).join('.') || undefined
  throw new KrakenValidationError(`Invalid ${field ? `"${field}"` : 'parameters'} for ${method}: ${issue.message}`, {
    endpoint: `ws ${method}`,
    ...(field === undefined ? {} : { field }),
  })
}
