import * as v from 'valibot'

/**
 * A positive-or-zero decimal given as a string (`'0.10000000'`, kept exactly) or a finite number (written with
 * `String(n)`); the output is the decimal text, sent as a JSON number with that exact text.
 */
export const WsDecimalSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())]),
  v.transform((value) => (typeof value === 'number' ? String(value) : value.trim())),
  v.regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal such as "0.5" (no exponent).'),
)

/** Like {@link WsDecimalSchema}, but a sign is allowed (relative trigger offsets, `pct` prices). */
export const WsSignedDecimalSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())]),
  v.transform((value) => (typeof value === 'number' ? String(value) : value.trim())),
  v.regex(/^[+-]?\d+(\.\d+)?$/, 'Expected a decimal such as "-1.5" (no exponent).'),
)
