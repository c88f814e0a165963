import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

/**
 * Validates one argument of a trader method before anything else happens (no AssetPairs lookup, no nonce, no
 * request); failure is a KrakenValidationError whose message and `field` name the parameter (`price`, `orders.1.volume`).
 */
export function _parse<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  method: string,
  field: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const issue = result.issues[0]
  const path = issue.path?.map((item) => String(item.key)).join('.')
  const name = path ? (field === '' ? path : `${field}.${path}`) : field
  throw new KrakenValidationError(`Invalid parameter "${name}" for ${method}: ${issue.message}`, { field: name })
}
