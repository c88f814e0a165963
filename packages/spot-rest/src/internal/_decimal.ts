/**
 * Exact decimal-string arithmetic for the few places the SDK computes with amounts (truncate, available balance).
 * Never goes through a float.
 */

const DECIMAL = /^(-)?(\d*)(?:\.(\d*))?$/

/** A finite number or decimal string → plain decimal text without exponent (`1e-7` → `0.0000001`). */
export function _toDecimalString(value: string | number): string {
  if (typeof value === 'string') return value.trim()
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
  const text = String(value)
  if (!/e/i.test(text)) return text
  // Shortest round-trip digits, without exponent.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 100, maximumSignificantDigits: 17 })
}

function split(value: string): { negative: boolean; integer: string; fraction: string } {
  const match = DECIMAL.exec(value)
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError(`Not a decimal: ${value}`)
  return { negative: match[1] === '-', integer: match[2] || '0', fraction: match[3] ?? '' }
}

function scaled(value: string, places: number): bigint {
  const { negative, integer, fraction } = split(value)
  const digits = BigInt(integer + fraction.padEnd(places, '0').slice(0, places))
  return negative ? -digits : digits
}

function format(value: bigint, places: number): string {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0')
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`
  return negative ? `-${text}` : text
}

function placesOf(...values: string[]): number {
  return Math.max(0, ...values.map((value) => split(value).fraction.length))
}

/** Cuts (floors, for non-negative input) to exactly `places` decimals: `('0.1', 8)` → `'0.10000000'`. */
export function _truncateDecimal(value: string, places: number): string {
  const { negative, integer, fraction } = split(value)
  const cut =
    places === 0
      ? integer.replace(/^0+(?=\d)/, '')
      : `${integer.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(places, '0').slice(0, places)}`
  return negative ? `-${cut}` : cut
}

/** -1, 0 or 1. */
export function _compareDecimal(a: string, b: string): number {
  const places = placesOf(a, b)
  const difference = scaled(a, places) - scaled(b, places)
  return difference < 0n ? -1 : difference > 0n ? 1 : 0
}

/** `a − b`, exact, with as many decimals as the longer input. */
export function _subtractDecimal(a: string, b: string): string {
  const places = placesOf(a, b)
  return format(scaled(a, places) - scaled(b, places), places)
}
