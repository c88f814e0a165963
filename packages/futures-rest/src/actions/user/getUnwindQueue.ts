import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetUnwindQueueParametersSchema = v.strictObject({})

export type GetUnwindQueueParameters = v.InferInput<typeof GetUnwindQueueParametersSchema>
export type GetUnwindQueueReturnType = FuturesSuccess<{ queue: Array<{ symbol: string; percentile: number }> }>

/**
 * Your positions' percentile in the unwind queue (costs 200 of the 500 budget).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-unwind-queue
 * - Python: `User.get_unwind_queue`
 *
 * @example
 * import { createFuturesClient, getUnwindQueue } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getUnwindQueue(client)
 */
export async function getUnwindQueue(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetUnwindQueueReturnType> {
  _parseParameters(GetUnwindQueueParametersSchema, parameters, 'getUnwindQueue')
  return client.request('GET', '/derivatives/api/v3/unwindqueue', {}, options)
}
