import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { TimeSchema } from '../../schemas/TimeSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getRecentSpreads} (Kraken's wire names; unknown keys are passed through). */
export const GetRecentSpreadsParametersSchema = v.looseObject({
  /** The pair, e.g. `XBTUSD`. */
  pair: NameSchema,
  /** Return spreads after this Unix time. */
  since: v.optional(TimeSchema),
  /** `tokenized_asset` for xStocks pairs. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
})

export type GetRecentSpreadsParameters = v.InferInput<typeof GetRecentSpreadsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetRecentSpreadsReturnType = { last: number } & Record<string, Array<[number, string, string]>>

/**
 * Recent best bid/ask of a pair: `[time, bid, ask]`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-recent-spreads
 * - Python: `Market.get_recent_spreads`
 *
 * @example
 * import { createSpotClient, getRecentSpreads } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getRecentSpreads(client, { pair: 'XBTUSD' })
 */
export async function getRecentSpreads(
  client: SpotClient,
  parameters: GetRecentSpreadsParameters,
  options?: RequestOptions,
): Promise<GetRecentSpreadsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetRecentSpreadsParametersSchema, parameters, 'getRecentSpreads')
  return client.request<GetRecentSpreadsReturnType>('GET', '/0/public/Spread', body, options)
}
