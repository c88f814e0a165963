import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { TradeInfo } from '../../responses/TradeInfo.js'
import type { SpotClient } from '../../SpotClient.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getTradesInfo} (Kraken's wire names; unknown keys are passed through). */
export const GetTradesInfoParametersSchema = v.looseObject({
  /** One trade txid or a list (max 20); sent comma-joined. */
  txid: ListSchema,
  /** Include trades related to position. */
  trades: v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetTradesInfoParameters = v.InferInput<typeof GetTradesInfoParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetTradesInfoReturnType = Record<string, TradeInfo>

/**
 * Information about specific trades (up to 20 txids). Costs 2 on the REST counter. Permission: Query closed orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trades-info
 * - Python: `User.get_trades_info`
 *
 * @example
 * import { createSpotClient, getTradesInfo } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getTradesInfo(client, { txid: 'THVRQM-33VKH-UCI7BS' })
 */
export async function getTradesInfo(
  client: SpotClient,
  parameters: GetTradesInfoParameters,
  options?: RequestOptions,
): Promise<GetTradesInfoReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetTradesInfoParametersSchema, parameters, 'getTradesInfo')
  return client.request<GetTradesInfoReturnType>('POST', '/0/private/QueryTrades', body, options)
}
