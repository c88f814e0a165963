import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetPortfolioMarginingParametersParametersSchema = v.strictObject({})

export type GetPortfolioMarginingParametersParameters = v.InferInput<
  typeof GetPortfolioMarginingParametersParametersSchema
>
export type GetPortfolioMarginingParametersReturnType = FuturesSuccess<Record<string, unknown>>

/**
 * Parameters of portfolio margining.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-portfolio-margining-parameters
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getPortfolioMarginingParameters } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPortfolioMarginingParameters(client)
 */
export async function getPortfolioMarginingParameters(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetPortfolioMarginingParametersReturnType> {
  _parseParameters(GetPortfolioMarginingParametersParametersSchema, parameters, 'getPortfolioMarginingParameters')
  return client.request('GET', '/derivatives/api/v3/portfolio-margining/parameters', {}, options)
}
