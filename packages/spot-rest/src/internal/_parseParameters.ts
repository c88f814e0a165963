import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

/**
 * Validates and normalises an action's parameters with its valibot schema. Runs before any nonce, rate-limit cost
 * or request; a failure is a `KrakenValidationError` whose `field` is the dotted path (`orders.1.price`).
 */
export function _parseParameters<TSchema extends v.GenericSchema>(
  schema: TSchema,
  parameters: unknown,
  action: string,
): v.InferOutput<TSchema> {
  // Parameters are one object of Kraken's wire names; an array or a primitive is a caller mistake, not an object.
  if (
    parameters !== undefined &&
    (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
  ) {
    return raise(`Invalid parameters for ${action}: expected one object of Kraken parameters`, '')
  }
  const result = v.safeParse(schema, parameters ?? {})
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = issue.path?.map((item) => String(item.key)).join('.') ?? ''
  const where = field === '' ? 'parameters' : `parameter "${field}"`
  return raise(`Invalid ${where} for ${action}: ${issue.message}`, field)
}

function raise(message: string, field: string): never {
  throw new KrakenValidationError(message, { field })
}
