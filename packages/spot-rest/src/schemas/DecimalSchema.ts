import * as v from 'valibot'
import { _toDecimalString } from '../internal/_decimal.js'

const DECIMAL = /^\d+(\.\d+)?$/

/**
 * A non-negative decimal amount: `'1.25'` or `1.25` → sent as the string `'1.25'` (numbers are written without
 * exponent). Decimals stay strings end to end.
 */
export const DecimalSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())], 'Expected a decimal string or a finite number'),
  v.transform(_toDecimalString),
  v.regex(DECIMAL, 'Expected a non-negative decimal such as "1.25"'),
)
