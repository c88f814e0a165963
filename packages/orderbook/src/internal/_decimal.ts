// Exact decimal-string helpers: no float round trip anywhere a value is returned to the user.

/** 10^p for p = 0…20 (exact doubles up to 10^22). */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, p) => 10 ** p)

/** Writes a number or numeric text in plain positional notation (`1e-8` → `0.00000001`), exactly. */
export function plainDecimal(text: string): string {
  const e = text.search(/[eE]/)
  if (e === -1) return text
  let mantissa = text.slice(0, e)
  const exponent = Number(text.slice(e + 1))
  let sign = ''
  if (mantissa.startsWith('-') || mantissa.startsWith('+')) {
    if (mantissa[0] === '-') sign = '-'
    mantissa = mantissa.slice(1)
  }
  const dot = mantissa.indexOf('.')
  const digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1)
  const pointAt = (dot === -1 ? mantissa.length : dot) + exponent
  let out: string
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length)
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt)
  return sign + out
}

/** Pads `text` with trailing zeros to at least `precision` decimals (`0.001`, 8 → `0.00100000`). */
export function padDecimals(text: string, precision: number): string {
  const dot = text.indexOf('.')
  if (dot === -1) return precision > 0 ? text + '.' + '0'.repeat(precision) : text
  const have = text.length - dot - 1
  return have >= precision ? text : text + '0'.repeat(precision - have)
}

/** Writes the integer `scaled / 10^precision` as a decimal string with exactly `precision` decimals. */
export function formatScaled(scaled: number, precision: number): string {
  let s = String(scaled)
  if (precision === 0) return s
  if (s.length <= precision) s = '0'.repeat(precision - s.length + 1) + s
  return s.slice(0, s.length - precision) + '.' + s.slice(s.length - precision)
}

/** A JS number as exact text, optionally padded to `precision` decimals (String() is the shortest round trip). */
export function numberText(value: number, precision: number | undefined): string {
  const text = plainDecimal(String(value))
  return precision === undefined ? text : padDecimals(text, precision)
}

function toScaled(text: string): { int: bigint; scale: number } {
  const dot = text.indexOf('.')
  if (dot === -1) return { int: BigInt(text), scale: 0 }
  return { int: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 }
}

function fromScaled(int: bigint, scale: number): string {
  const negative = int < 0n
  let s = (negative ? -int : int).toString()
  if (scale > 0) {
    if (s.length <= scale) s = '0'.repeat(scale - s.length + 1) + s
    s = s.slice(0, s.length - scale) + '.' + s.slice(s.length - scale)
  }
  return negative ? '-' + s : s
}

function align(a: string, b: string): { x: bigint; y: bigint; scale: number } {
  const p = toScaled(plainDecimal(a))
  const q = toScaled(plainDecimal(b))
  const scale = Math.max(p.scale, q.scale)
  return { x: p.int * 10n ** BigInt(scale - p.scale), y: q.int * 10n ** BigInt(scale - q.scale), scale }
}

/** Exact `a - b` of two decimal strings, with the larger number of decimals of the two. */
export function decimalSub(a: string, b: string): string {
  const { x, y, scale } = align(a, b)
  return fromScaled(x - y, scale)
}

/** Exact `(a + b) / 2` of two decimal strings (one more decimal only when needed). */
export function decimalMid(a: string, b: string): string {
  const { x, y, scale } = align(a, b)
  const sum = x + y
  return sum % 2n === 0n ? fromScaled(sum / 2n, scale) : fromScaled((sum * 10n) / 2n, scale + 1)
}
