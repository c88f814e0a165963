import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { TradeInfo } from '../../responses/TradeInfo.js'
import type { SpotClient } from '../../SpotClient.js'
import { CountSchema } from '../../schemas/CountSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import { TimeSchema } from '../../schemas/TimeSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getTradesHistory} (Kraken's wire names; unknown keys are passed through). */
export const GetTradesHistoryParametersSchema = v.looseObject({
  /** Which trades (default `all`). */
  type: v.optional(v.picklist(['all', 'any position', 'closed position', 'closing position', 'no position'])),
  /** Include trades related to position. */
  trades: v.optional(v.boolean()),
  /** Start Unix time or trade txid (exclusive). */
  start: v.optional(TimeSchema),
  /** End Unix time or trade txid (inclusive). */
  end: v.optional(TimeSchema),
  /** Result offset for paging. */
  ofs: v.optional(CountSchema),
  /** Consolidate taker trades (default true). */
  consolidate_taker: v.optional(v.boolean()),
  /** Include ledger ids. */
  ledgers: v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetTradesHistoryParameters = v.InferInput<typeof GetTradesHistoryParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetTradesHistoryReturnType = { trades: Record<string, TradeInfo>; count: number }

/**
 * Trade history, 50 per page. Costs 2 on the REST counter. Permission: Query closed orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-history
 * - Python: `User.get_trades_history`
 *
 * @example
 * import { createSpotClient, getTradesHistory } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getTradesHistory(client, { type: 'all' })
 */
export async function getTradesHistory(
  client: SpotClient,
  parameters: GetTradesHistoryParameters = {},
  options?: RequestOptions,
): Promise<GetTradesHistoryReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetTradesHistoryParametersSchema, parameters, 'getTradesHistory')
  return client.request<GetTradesHistoryReturnType>('POST', '/0/private/TradesHistory', body, options)
}
