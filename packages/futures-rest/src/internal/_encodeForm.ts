/** A value the form encoder accepts; arrays become repeated keys (`orderIds=a&orderIds=b`). */
export type FormValue = string | number | boolean | ReadonlyArray<string | number> | undefined | null

/**
 * `application/x-www-form-urlencoded` text in insertion order, `undefined`/`null` skipped, arrays as repeated keys
 * (Kraken rejects comma-joined or bracketed order ids: ccxt #27744). This exact text is what gets signed.
 */
export function _encodeForm(parameters: Readonly<Record<string, FormValue>> | undefined): string {
  const form = new URLSearchParams()
  for (const [name, value] of Object.entries(parameters ?? {})) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value))
      for (const item of value as ReadonlyArray<string | number>) form.append(name, String(item))
    else form.append(name, String(value))
  }
  return form.toString()
}
