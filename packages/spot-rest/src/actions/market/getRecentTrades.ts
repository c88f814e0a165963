import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { TimeSchema } from '../../schemas/TimeSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getRecentTrades} (Kraken's wire names; unknown keys are passed through). */
export const GetRecentTradesParametersSchema = v.looseObject({
  /** The pair, e.g. `XBTUSD`. */
  pair: NameSchema,
  /** Return trades after this id/time (the `last` of the previous call). */
  since: v.optional(TimeSchema),
  /** How many trades, 1–1000. */
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  /** `tokenized_asset` for xStocks pairs. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
})

export type GetRecentTradesParameters = v.InferInput<typeof GetRecentTradesParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetRecentTradesReturnType = { last: string } & Record<
  string,
  Array<[string, string, number, string, string, string, number]>
>

/**
 * Recent trades of a pair (up to 1000): `[price, volume, time, side, type, misc, trade_id]`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-trades
 * - Python: `Market.get_recent_trades`
 *
 * @example
 * import { createSpotClient, getRecentTrades } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getRecentTrades(client, { pair: 'XBTUSD', count: 50 })
 */
export async function getRecentTrades(
  client: SpotClient,
  parameters: GetRecentTradesParameters,
  options?: RequestOptions,
): Promise<GetRecentTradesReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetRecentTradesParametersSchema, parameters, 'getRecentTrades')
  return client.request<GetRecentTradesReturnType>('GET', '/0/public/Trades', body, options)
}
