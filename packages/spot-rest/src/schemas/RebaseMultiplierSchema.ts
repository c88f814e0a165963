import * as v from 'valibot'

/** Kraken's rebased-share view of xStocks balances. */
export const RebaseMultiplierSchema = v.picklist(['rebased', 'base'])
