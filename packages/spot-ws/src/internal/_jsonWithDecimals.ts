const MARKER = '~#decimal#~'
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/
const unwrap = /"~#decimal#~([^"]*)"/g

/**
 * JSON text of an outgoing message where decimal strings (`limit_price: '0.10000000'`) are written as JSON numbers
 * with their exact text, as Kraken expects numbers, without a float round trip.
 */
export function _jsonWithDecimals(value: unknown, decimalKeys: ReadonlySet<string>): string {
  const text = JSON.stringify(value, (key, field: unknown) =>
    typeof field === 'string' && decimalKeys.has(key) && DECIMAL_TEXT.test(field) ? MARKER + field : field,
  )
  return text.includes(MARKER) ? text.replace(unwrap, '$1') : text
}
