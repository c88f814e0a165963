/**
 * JSON text in which the named keys (already validated decimal strings) are written as JSON numbers with their exact
 * text: `{"size":0.0001}` from `'0.0001'`, never through a float. Kraken's batchorder expects numbers there.
 */
export function _jsonWithDecimals(value: unknown, decimalKeys: ReadonlySet<string>): string {
  const marker = '\u0000k-decimal:'
  const text = JSON.stringify(value, (key, item: unknown) =>
    decimalKeys.has(key) && typeof item === 'string' ? `${marker}${item}` : item,
  )
  // The marker is JSON-escaped as \u0000; a validated decimal contains only [-0-9.].
  return text.replace(/"\\u0000k-decimal:(-?[0-9.]+)"/g, '$1')
}
