/**
 * Kraken's checksum text of one price or quantity: every '.' removed, then leading zeros stripped
 * (`0.00100000` → `100000`, `45285.2` → `452852`, `0.0` → ``). The value must already carry the pair's full
 * precision (trailing zeros count).
 *
 * Python: `price.replace(".", "").lstrip("0")` inside `SpotOrderBookClient.__validate_checksum`.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * ```ts
 * checksumText('45285.21000000') // '4528521000000'
 * ```
 */
export function checksumText(value: string): string {
  const digits = value.indexOf('.') === -1 ? value : value.split('.').join('')
  let i = 0
  while (i < digits.length && digits.charCodeAt(i) === 48) i++
  return digits.slice(i)
}
