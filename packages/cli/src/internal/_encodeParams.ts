/**
 * url-encodes parameters like python-kraken-sdk (`urlencode(params, doseq=True)`): arrays become repeated keys, objects
 * are sent as JSON text. Booleans are sent as `true`/`false` (Python sends `True`/`False`, which Kraken also reads).
 */
export function _encodeParams(params: Readonly<Record<string, unknown>> | undefined): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      search.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item))
    }
  }
  return search.toString()
}
