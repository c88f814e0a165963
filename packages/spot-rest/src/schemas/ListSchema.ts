import * as v from 'valibot'

/** One value or a list (`'XBTUSD'`, `['XBTUSD', 'ETHUSD']`), sent comma-joined as Kraken wants. */
export const ListSchema = v.pipe(
  v.union(
    [v.pipe(v.string(), v.minLength(1)), v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))],
    'Expected a non-empty string or list of strings',
  ),
  v.transform((value) => (Array.isArray(value) ? value.join(',') : value)),
)
