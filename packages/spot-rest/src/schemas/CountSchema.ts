import * as v from 'valibot'

/** A non-negative integer. */
export const CountSchema = v.pipe(v.number('Expected an integer'), v.integer('Expected an integer'), v.minValue(0))
