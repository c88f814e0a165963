/**
 * Writes a decimal string with exactly `decimals` fraction digits (pads with zeros or truncates), with string
 * operations only, so no value goes through a float (`'0.1'`, 8 → `'0.10000000'`; `'45283.5'`, 1 → `'45283.5'`).
 */
export function _fixedDecimal(text: string, decimals: number): string {
  const dot = text.indexOf('.')
  const integer = dot === -1 ? text : text.slice(0, dot)
  const fraction = dot === -1 ? '' : text.slice(dot + 1)
  if (decimals <= 0) return integer
  return `${integer}.${fraction.length >= decimals ? fraction.slice(0, decimals) : fraction.padEnd(decimals, '0')}`
}
