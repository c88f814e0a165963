import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetLeveragePreferenceParametersSchema = v.strictObject({})

export type GetLeveragePreferenceParameters = v.InferInput<typeof GetLeveragePreferenceParametersSchema>
export type GetLeveragePreferenceReturnType = FuturesSuccess<{
  leveragePreferences: Array<{ symbol: string; maxLeverage: number }>
}>

/**
 * Your maximum leverage per symbol (isolated margin).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-leverage-setting
 * - Python: `Market.get_leverage_preference`
 *
 * @example
 * import { createFuturesClient, getLeveragePreference } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getLeveragePreference(client)
 */
export async function getLeveragePreference(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetLeveragePreferenceReturnType> {
  _parseParameters(GetLeveragePreferenceParametersSchema, parameters, 'getLeveragePreference')
  return client.request('GET', '/derivatives/api/v3/leveragepreferences', {}, options)
}
