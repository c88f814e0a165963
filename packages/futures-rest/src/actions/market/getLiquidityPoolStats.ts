import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import { IntegerSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetLiquidityPoolStatsParametersSchema = v.strictObject({
  /** Start (unix seconds). */
  since: IntegerSchema,
  /** Bucket size in seconds: 60, 300, 900, 1800, 3600, 14400, 43200, 86400 or 604800. */
  interval: IntegerSchema,
  /** End (unix seconds). */
  to: v.optional(IntegerSchema),
})

export type GetLiquidityPoolStatsParameters = v.InferInput<typeof GetLiquidityPoolStatsParametersSchema>
export type GetLiquidityPoolStatsReturnType = {
  result: { timestamp: number[]; data: unknown; more: boolean } | null
  errors: unknown[]
}

/**
 * Liquidity pool statistics over time.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/charts/liquidity-pool-stats
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getLiquidityPoolStats } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getLiquidityPoolStats(client, { since: 1700000000, interval: 3600 })
 */
export async function getLiquidityPoolStats(
  client: FuturesClient,
  parameters: GetLiquidityPoolStatsParameters,
  options?: FuturesRequestOptions,
): Promise<GetLiquidityPoolStatsReturnType> {
  const wire = _parseParameters(GetLiquidityPoolStatsParametersSchema, parameters, 'getLiquidityPoolStats')
  return client.request('GET', '/api/charts/v1/analytics/liquidity-pool', { query: wire }, options)
}
