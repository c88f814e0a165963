import * as v from 'valibot'

/** `currency` (default) or `tokenized_asset` (xStocks). */
export const AssetClassSchema = v.picklist(['currency', 'tokenized_asset'])
