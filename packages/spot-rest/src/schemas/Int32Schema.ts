import * as v from 'valibot'

/** A 32-bit signed integer (`userref`). */
export const Int32Schema = v.pipe(
  v.number('Expected an integer'),
  v.integer('Expected an integer'),
  v.minValue(-2147483648),
  v.maxValue(2147483647),
)
