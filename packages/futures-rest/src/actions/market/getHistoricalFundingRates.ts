import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetHistoricalFundingRatesParametersSchema = v.strictObject({
  /** The perpetual, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
})

export type GetHistoricalFundingRatesParameters = v.InferInput<typeof GetHistoricalFundingRatesParametersSchema>
export type GetHistoricalFundingRatesReturnType = FuturesSuccess<{
  rates: Array<{ timestamp: string; fundingRate: number; relativeFundingRate: number }>
}>

/**
 * Historical funding rates of a perpetual.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/historical-funding-rates
 * - Python: `Market.get_historical_funding_rates / Funding.get_historical_funding_rates`
 *
 * @example
 * import { createFuturesClient, getHistoricalFundingRates } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getHistoricalFundingRates(client, { symbol: 'PF_XBTUSD' })
 */
export async function getHistoricalFundingRates(
  client: FuturesClient,
  parameters: GetHistoricalFundingRatesParameters,
  options?: FuturesRequestOptions,
): Promise<GetHistoricalFundingRatesReturnType> {
  const wire = _parseParameters(GetHistoricalFundingRatesParametersSchema, parameters, 'getHistoricalFundingRates')
  return client.request('GET', '/derivatives/api/v3/historical-funding-rates', { query: wire }, options)
}
