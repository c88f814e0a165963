import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

/**
 * Validates and normalises an action's parameters with its valibot schema, after renaming accepted aliases
 * (python-kraken-sdk errata such as `subaccountId` → `subaccountUid`). Runs before any nonce, rate-limit cost or
 * request; a failure is a `KrakenValidationError` whose `field` names the parameter.
 */
export function _parseParameters<TSchema extends v.GenericSchema>(
  schema: TSchema,
  parameters: unknown,
  action: string,
  aliases: Readonly<Record<string, string>> = {},
): v.InferOutput<TSchema> {
  // Parameters are one object of Kraken's wire names. A primitive, null or an array is a caller mistake: spreading
  // it below would silently turn it into `{}` (or index keys) and the request would be sent.
  if (
    parameters !== undefined &&
    (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
  ) {
    throw new KrakenValidationError(`Invalid parameters for ${action}: expected one object of Kraken parameters.`, {
      field: '',
    })
  }
  const input: Record<string, unknown> = { ...((parameters ?? {}) as Record<string, unknown>) }
  for (const [alias, canonical] of Object.entries(aliases)) {
    if (input[alias] === undefined) {
      delete input[alias]
      continue
    }
    if (input[canonical] !== undefined && input[canonical] !== input[alias]) {
      throw new KrakenValidationError(`Invalid parameter "${alias}" for ${action}: it conflicts with "${canonical}".`, {
        field: alias,
      })
    }
    input[canonical] = input[alias]
    delete input[alias]
  }
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = issue.path?.map((item) => String(item.key)).join('.') ?? ''
  const where = field === '' ? 'parameters' : `parameter "${field}"`
  throw new KrakenValidationError(`Invalid ${where} for ${action}: ${issue.message}`, { field })
}
