import * as v from 'valibot'
import { _toDecimalString } from '../internal/_decimal.js'

/**
 * A price: a decimal, optionally with Kraken's relative prefixes/suffix: `+`/`-` (offset from the last price),
 * `#` (offset in the natural direction) and `%` (percent), e.g. `'+1000'`, `'#2%'`.
 */
export const PriceSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())], 'Expected a price string or a finite number'),
  v.transform(_toDecimalString),
  v.regex(/^[+\-#]?\d+(\.\d+)?%?$/, 'Expected a price such as "37500.5", "+100", "-1.5%" or "#2%"'),
)
