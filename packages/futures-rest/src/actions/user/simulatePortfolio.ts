import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const SimulatePortfolioParametersSchema = v.strictObject({
  /** The portfolio to simulate (Kraken's PortfolioSimulationRequest), sent as `json=<url-encoded JSON>`. */
  json: v.record(v.string(), v.unknown()),
})

export type SimulatePortfolioParameters = v.InferInput<typeof SimulatePortfolioParametersSchema>
export type SimulatePortfolioReturnType = FuturesSuccess<{
  maintenanceMargin: number
  initialMargin: number
  pnl: number
  portfolioMarginBreakdown: Record<string, unknown>
  greeks: Record<string, unknown>
}>

/**
 * Simulates the margin of a hypothetical portfolio under portfolio margining.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/simulate-portfolio
 * - Python: none
 *
 * @example
 * import { createFuturesClient, simulatePortfolio } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await simulatePortfolio(client, { json: { positions: { PF_XBTUSD: 1 } } })
 */
export async function simulatePortfolio(
  client: FuturesClient,
  parameters: SimulatePortfolioParameters,
  options?: FuturesRequestOptions,
): Promise<SimulatePortfolioReturnType> {
  const { json } = _parseParameters(SimulatePortfolioParametersSchema, parameters, 'simulatePortfolio')
  return client.request(
    'POST',
    '/derivatives/api/v3/portfolio-margining/simulate',
    { body: { json: JSON.stringify(json) } },
    options,
  )
}
