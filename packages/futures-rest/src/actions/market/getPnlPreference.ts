import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetPnlPreferenceParametersSchema = v.strictObject({})

export type GetPnlPreferenceParameters = v.InferInput<typeof GetPnlPreferenceParametersSchema>
export type GetPnlPreferenceReturnType = FuturesSuccess<{ preferences: Array<{ symbol: string; pnlCurrency: string }> }>

/**
 * Your PnL currency per symbol.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-pnl-currency-preference
 * - Python: `Market.get_pnl_preference`
 *
 * @example
 * import { createFuturesClient, getPnlPreference } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPnlPreference(client)
 */
export async function getPnlPreference(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetPnlPreferenceReturnType> {
  _parseParameters(GetPnlPreferenceParametersSchema, parameters, 'getPnlPreference')
  return client.request('GET', '/derivatives/api/v3/pnlpreferences', {}, options)
}
