import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOpenRfqsParametersSchema = v.strictObject({})

export type GetOpenRfqsParameters = v.InferInput<typeof GetOpenRfqsParametersSchema>
export type GetOpenRfqsReturnType = FuturesSuccess<{
  rfqs: Array<{
    rfqUid: string
    expiry: string
    markPrice: number
    legs: Array<{ symbol: string; size: number; markPrice: number }>
  }>
}>

/**
 * Open requests for quote (block trades).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-all-open-rfqs
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getOpenRfqs } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOpenRfqs(client)
 */
export async function getOpenRfqs(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetOpenRfqsReturnType> {
  _parseParameters(GetOpenRfqsParametersSchema, parameters, 'getOpenRfqs')
  return client.request('GET', '/derivatives/api/v3/rfqs', {}, options)
}
