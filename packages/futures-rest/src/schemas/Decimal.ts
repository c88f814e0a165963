import * as v from 'valibot'

/** Decimal text without exponent: `1e-7` → `'0.0000001'`; strings pass through trimmed. */
export function _toDecimalString(value: string | number): string {
  if (typeof value === 'string') return value.trim()
  const text = String(value)
  if (!/e/i.test(text)) return text
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 100, maximumSignificantDigits: 17 })
}

/** A positive decimal (`'0.01'` or `0.01`), sent as text so no float round trip ever changes it. */
export const PositiveDecimalSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())], 'Expected a decimal string or a finite number'),
  v.transform(_toDecimalString),
  v.regex(/^(\d+\.?\d*|\.\d+)$/, 'Expected a positive decimal such as "0.01"'),
  v.check((text) => Number(text) > 0, 'Expected a value greater than 0'),
)

/** A decimal that may be negative or zero (offsets, deviations). */
export const DecimalSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())], 'Expected a decimal string or a finite number'),
  v.transform(_toDecimalString),
  v.regex(/^-?(\d+\.?\d*|\.\d+)$/, 'Expected a decimal such as "-1.5"'),
)

/** A non-negative integer (counts, millisecond timestamps), sent as text. */
export const IntegerSchema = v.pipe(
  v.union(
    [v.pipe(v.string(), v.regex(/^\d+$/, 'Expected digits only')), v.pipe(v.number(), v.integer(), v.minValue(0))],
    'Expected a non-negative integer',
  ),
  v.transform((value) => String(value)),
)

/** `true`/`false`, sent as the text Kraken expects. */
export const BooleanSchema = v.pipe(
  v.boolean('Expected true or false'),
  v.transform((value) => (value ? 'true' : 'false')),
)

/** A Kraken Futures symbol such as `PF_XBTUSD` (any case; Kraken accepts `pf_xbtusd`). */
export const SymbolSchema = v.pipe(
  v.string('Expected a symbol such as "PF_XBTUSD"'),
  v.regex(/^[A-Za-z0-9_:.-]{2,40}$/, 'Expected a symbol such as "PF_XBTUSD"'),
)

/** A non-empty string without control characters. */
export const TextSchema = v.pipe(
  v.string(),
  v.minLength(1, 'Expected a non-empty string'),
  v.check((text) => !hasControlCharacter(text), 'Control characters are not allowed'),
)

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) < 0x20) return true
  return false
}
