import * as v from 'valibot'

/** A non-empty string (ids, names, assets). */
export const NameSchema = v.pipe(v.string('Expected a string'), v.minLength(1, 'Expected a non-empty string'))
