import { UsageError } from '../output/UsageError.js'

/**
 * Parses the JSON object given to `-d/--data` or `-q/--query`. Unlike python-kraken-sdk (which logs and exits 0), bad
 * JSON is a usage error: exit 2, nothing sent.
 */
export function _parseJsonOption(text: string | undefined, flag: string): Record<string, unknown> | undefined {
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${flag} is not valid JSON: ${(error as Error).message}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${flag} must be a JSON object, like '{"pair":"XBTUSD"}'.`)
  }
  return value as Record<string, unknown>
}
