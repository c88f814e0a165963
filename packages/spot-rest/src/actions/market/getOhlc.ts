import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { TimeSchema } from '../../schemas/TimeSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getOhlc} (Kraken's wire names; unknown keys are passed through). */
export const GetOhlcParametersSchema = v.looseObject({
  /** The pair, e.g. `XBTUSD`. */
  pair: NameSchema,
  /** Minutes per candle (default 1). */
  interval: v.optional(v.picklist([1, 5, 15, 30, 60, 240, 1440, 10080, 21600])),
  /** Return candles after this Unix time (the `last` of the previous call). */
  since: v.optional(TimeSchema),
  /** `tokenized_asset` for xStocks pairs. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
})

export type GetOhlcParameters = v.InferInput<typeof GetOhlcParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetOhlcReturnType = { last: number } & Record<
  string,
  Array<[number, string, string, string, string, string, string, number]>
>

/**
 * OHLC candles (at most 720) for a pair. Rows are `[time, open, high, low, close, vwap, volume, count]`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ohlc-data
 * - Python: `Market.get_ohlc`
 *
 * @example
 * import { createSpotClient, getOhlc } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getOhlc(client, { pair: 'XBTUSD', interval: 60 })
 */
export async function getOhlc(
  client: SpotClient,
  parameters: GetOhlcParameters,
  options?: RequestOptions,
): Promise<GetOhlcReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetOhlcParametersSchema, parameters, 'getOhlc')
  return client.request<GetOhlcReturnType>('GET', '/0/public/OHLC', body, options)
}
