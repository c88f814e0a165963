import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesOpenPosition, FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOpenPositionsParametersSchema = v.strictObject({})

export type GetOpenPositionsParameters = v.InferInput<typeof GetOpenPositionsParametersSchema>
export type GetOpenPositionsReturnType = FuturesSuccess<{ openPositions: FuturesOpenPosition[] }>

/**
 * Your open positions.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-open-positions
 * - Python: `User.get_open_positions`
 *
 * @example
 * import { createFuturesClient, getOpenPositions } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOpenPositions(client)
 */
export async function getOpenPositions(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetOpenPositionsReturnType> {
  _parseParameters(GetOpenPositionsParametersSchema, parameters, 'getOpenPositions')
  return client.request('GET', '/derivatives/api/v3/openpositions', {}, options)
}
