import * as v from 'valibot'

/** One value or a list (`'XBTUSD'`, `['XBTUSD', 'ETHUSD']`), sent comma-joined as Kraken wants. */
export const ListSchema = v.pipe(
  v.union(
    [v.pipe(v.string(), v.minLength(1)), v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))],
    'Expected a non-empty string or list of strings',
  ),
  v.transform((value) => (Array.isArray(value) ? value.join(',') : value)),
)

/** A non-empty string (ids, names, assets). */
export const NameSchema = v.pipe(v.string('Expected a string'), v.minLength(1, 'Expected a non-empty string'))

/** A Unix timestamp (seconds) or, where Kraken allows it, an order/ledger id as the boundary. */
export const TimeSchema = v.union([v.pipe(v.number(), v.finite()), NameSchema], 'Expected a Unix timestamp or an id')

/** A 32-bit signed integer (`userref`). */
export const Int32Schema = v.pipe(
  v.number('Expected an integer'),
  v.integer('Expected an integer'),
  v.minValue(-2147483648),
  v.maxValue(2147483647),
)

/** A non-negative integer. */
export const CountSchema = v.pipe(v.number('Expected an integer'), v.integer('Expected an integer'), v.minValue(0))

/** `currency` (default) or `tokenized_asset` (xStocks). */
export const AssetClassSchema = v.picklist(['currency', 'tokenized_asset'])

/** Kraken's rebased-share view of xStocks balances. */
export const RebaseMultiplierSchema = v.picklist(['rebased', 'base'])
