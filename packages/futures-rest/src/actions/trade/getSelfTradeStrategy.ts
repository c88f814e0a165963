import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetSelfTradeStrategyParametersSchema = v.strictObject({})

export type GetSelfTradeStrategyParameters = v.InferInput<typeof GetSelfTradeStrategyParametersSchema>
export type GetSelfTradeStrategyReturnType = FuturesSuccess<{ strategy: string }>

/**
 * Your self-trade prevention strategy.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-self-trade-strategy
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getSelfTradeStrategy } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getSelfTradeStrategy(client)
 */
export async function getSelfTradeStrategy(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetSelfTradeStrategyReturnType> {
  _parseParameters(GetSelfTradeStrategyParametersSchema, parameters, 'getSelfTradeStrategy')
  return client.request('GET', '/derivatives/api/v3/self-trade-strategy', {}, options)
}
