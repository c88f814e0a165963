import * as v from 'valibot'
import { AssetClassSchema } from './AssetClassSchema.js'
import { NameSchema } from './NameSchema.js'
import { TimeSchema } from './TimeSchema.js'

/**
 * The filters and paging of Kraken's recent funding status endpoints (`DepositStatus`, `WithdrawStatus`), in wire
 * order; spread into each action's schema, which adds its own `limit`.
 */
export const fundingStatusFields = {
  /** Filter by asset. */
  asset: v.optional(NameSchema),
  /** Asset class (default `currency`). */
  aclass: v.optional(AssetClassSchema),
  /** Filter by method. */
  method: v.optional(NameSchema),
  /** Start Unix time. */
  start: v.optional(TimeSchema),
  /** End Unix time. */
  end: v.optional(TimeSchema),
  /** `true` to page, or the `next_cursor` of the previous page. */
  cursor: v.optional(v.union([v.boolean(), NameSchema])),
}
