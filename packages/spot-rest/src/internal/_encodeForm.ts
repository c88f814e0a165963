/**
 * Kraken's form encoding: `undefined` dropped, booleans `true`/`false`, arrays as repeated keys, one level of
 * nested objects as `key[sub]` (`close[ordertype]=limit`, Kraken's own wire names).
 */
export function _encodeForm(parameters: Record<string, unknown>): string {
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(parameters)) append(form, key, value)
  return form.toString()
}

function append(form: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    for (const item of value) append(form, key, item)
    return
  }
  if (typeof value === 'object') {
    for (const [sub, item] of Object.entries(value as Record<string, unknown>)) append(form, `${key}[${sub}]`, item)
    return
  }
  form.append(key, String(value))
}
