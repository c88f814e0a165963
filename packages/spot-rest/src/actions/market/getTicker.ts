import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getTicker} (Kraken's wire names; unknown keys are passed through). */
export const GetTickerParametersSchema = v.looseObject({
  /** One pair or a list (`XBTUSD`, `['XBTUSD', 'ETHUSD']`); sent comma-joined. Omit for all pairs. */
  pair: v.optional(ListSchema),
  /** `tokenized_asset` for xStocks pairs. */
  asset_class: v.optional(v.picklist(['tokenized_asset'])),
})

export type GetTickerParameters = v.InferInput<typeof GetTickerParametersSchema>

/** One pair's ticker; every number is a decimal string as Kraken sent it. */
export type TickerInfo = {
  /** Ask `[price, whole lot volume, lot volume]`. */
  a: [string, string, string]
  /** Bid `[price, whole lot volume, lot volume]`. */
  b: [string, string, string]
  /** Last trade `[price, lot volume]`. */
  c: [string, string]
  /** Volume `[today, last 24 h]`. */
  v: [string, string]
  /** VWAP `[today, last 24 h]`. */
  p: [string, string]
  /** Number of trades `[today, last 24 h]`. */
  t: [number, number]
  l: [string, string]
  h: [string, string]
  /** Today's opening price. */
  o: string
}

/** Kraken's `result`; decimals are strings. */
export type GetTickerReturnType = Record<string, TickerInfo>

/**
 * Ticker information for one or more pairs (all pairs when `pair` is omitted).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ticker-information
 * - Python: `Market.get_ticker`
 *
 * @example
 * import { createSpotClient, getTicker } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getTicker(client, { pair: 'XBTUSD' })
 */
export async function getTicker(
  client: SpotClient,
  parameters: GetTickerParameters = {},
  options?: RequestOptions,
): Promise<GetTickerReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetTickerParametersSchema, parameters, 'getTicker')
  return client.request<GetTickerReturnType>('GET', '/0/public/Ticker', body, options)
}
