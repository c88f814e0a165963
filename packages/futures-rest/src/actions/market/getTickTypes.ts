import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetTickTypesParametersSchema = v.strictObject({})

export type GetTickTypesParameters = v.InferInput<typeof GetTickTypesParametersSchema>
export type GetTickTypesReturnType = string[]

/**
 * The chart tick types (`mark`, `spot`, `trade`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/charts/tick-types
 * - Python: `Market.get_tick_types`
 *
 * @example
 * import { createFuturesClient, getTickTypes } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getTickTypes(client)
 */
export async function getTickTypes(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetTickTypesReturnType> {
  _parseParameters(GetTickTypesParametersSchema, parameters, 'getTickTypes')
  return client.request('GET', '/api/charts/v1/', {}, options)
}
