/**
 * Fixed-point helpers. The market keeps prices in ticks and quantities in lot units (integers), and writes them as
 * decimal strings with the pair's full precision — trailing zeros kept (`'0.10000000'`), exactly as Kraken does.
 */
export function _formatUnits(units: number, decimals: number): string {
  const negative = units < 0
  const digits = Math.round(Math.abs(units)).toString()
  if (decimals === 0) return (negative ? '-' : '') + digits
  const padded = digits.padStart(decimals + 1, '0')
  return `${negative ? '-' : ''}${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`
}

/** Parses a decimal string into integer units; `undefined` if malformed or more precise than `decimals`. */
export function _parseUnits(text: string, decimals: number): number | undefined {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim())
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined
  const fraction = (match[3] ?? '').replace(/0+$/, '')
  if (fraction.length > decimals) return undefined
  const units = Number((match[2] || '0') + fraction.padEnd(decimals, '0'))
  return match[1] ? -units : units
}
