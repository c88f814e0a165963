import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import { IntegerSchema, SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetMarketAnalyticsParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
  /** Kind of analytics. */
  analytics_type: v.picklist([
    'open-interest',
    'aggressor-differential',
    'trade-volume',
    'trade-count',
    'liquidation-volume',
    'rolling-volatility',
    'long-short-ratio',
    'long-short-info',
    'cvd',
    'top-traders',
    'orderbook',
    'spreads',
    'liquidity',
    'slippage',
    'future-basis',
  ]),
  /** Start (unix seconds). */
  since: IntegerSchema,
  /** Bucket size in seconds: 60, 300, 900, 1800, 3600, 14400, 43200, 86400 or 604800. */
  interval: IntegerSchema,
  /** End (unix seconds). */
  to: v.optional(IntegerSchema),
})

export type GetMarketAnalyticsParameters = v.InferInput<typeof GetMarketAnalyticsParametersSchema>
export type GetMarketAnalyticsReturnType = {
  result: { timestamp: number[]; data: unknown; more: boolean } | null
  errors: unknown[]
}

/**
 * Market analytics (open interest, volumes, spreads, …) of a symbol over time.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/charts/market-analytics
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getMarketAnalytics } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getMarketAnalytics(client, { symbol: 'PF_XBTUSD', analytics_type: 'open-interest', since: 1700000000, interval: 3600 })
 */
export async function getMarketAnalytics(
  client: FuturesClient,
  parameters: GetMarketAnalyticsParameters,
  options?: FuturesRequestOptions,
): Promise<GetMarketAnalyticsReturnType> {
  const { symbol, analytics_type, ...wire } = _parseParameters(
    GetMarketAnalyticsParametersSchema,
    parameters,
    'getMarketAnalytics',
  )
  return client.request(
    'GET',
    `/api/charts/v1/analytics/${encodeURIComponent(symbol)}/${encodeURIComponent(analytics_type)}`,
    { query: wire },
    options,
  )
}
