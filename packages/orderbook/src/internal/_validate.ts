import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

/**
 * Parses `value` with `schema`, or throws a KrakenValidationError `${where}: invalid <name>: …` whose `field` names the
 * offending key (`field.path`, or just the path inside `options`).
 */
export function _validate<T>(schema: v.GenericSchema<T>, value: unknown, where: string, field: string): T {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const issue = result.issues[0]
  const path = issue.path?.map((p) => String(p.key)).join('.')
  const name = path ? (field === 'options' ? path : `${field}.${path}`) : field
  throw new KrakenValidationError(`${where}: invalid ${name}: ${issue.message}`, { field: name })
}
