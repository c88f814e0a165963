import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetSelfMarketShareParametersSchema = v.strictObject({})

export type GetSelfMarketShareParameters = v.InferInput<typeof GetSelfMarketShareParametersSchema>
export type GetSelfMarketShareReturnType = {
  contracts: Record<string, { marketShare: string; volume: string; usdRebateCredited: string }>
}

/**
 * Your market share, volume and rebates per contract.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/stats/get-self-market-share
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getSelfMarketShare } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getSelfMarketShare(client)
 */
export async function getSelfMarketShare(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetSelfMarketShareReturnType> {
  _parseParameters(GetSelfMarketShareParametersSchema, parameters, 'getSelfMarketShare')
  return client.request('GET', '/api/stats/v1/rebates/self-market-share', {}, options)
}
