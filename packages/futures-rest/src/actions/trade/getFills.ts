import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesFill, FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetFillsParametersSchema = v.strictObject({
  /** Only fills before this ISO-8601 time. */
  lastFillTime: v.optional(TextSchema),
})

export type GetFillsParameters = v.InferInput<typeof GetFillsParametersSchema>
export type GetFillsReturnType = FuturesSuccess<{ fills: FuturesFill[] }>

/**
 * Your recent fills (costs 25 instead of 2 with `lastFillTime`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-fills
 * - Python: `Trade.get_fills`
 *
 * @example
 * import { createFuturesClient, getFills } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getFills(client)
 */
export async function getFills(
  client: FuturesClient,
  parameters: GetFillsParameters = {},
  options?: FuturesRequestOptions,
): Promise<GetFillsReturnType> {
  const wire = _parseParameters(GetFillsParametersSchema, parameters, 'getFills')
  return client.request('GET', '/derivatives/api/v3/fills', { query: wire }, options)
}
