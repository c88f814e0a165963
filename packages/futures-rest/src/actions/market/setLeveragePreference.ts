import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const SetLeveragePreferenceParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
  /** Maximum leverage; omit to reset. */
  maxLeverage: v.optional(PositiveDecimalSchema),
})

export type SetLeveragePreferenceParameters = v.InferInput<typeof SetLeveragePreferenceParametersSchema>
export type SetLeveragePreferenceReturnType = FuturesSuccess

/**
 * Sets the maximum leverage of a symbol; omitting `maxLeverage` resets it to cross margin. Sent in the query (PUT).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/set-leverage-setting
 * - Python: `Market.set_leverage_preference`
 *
 * @example
 * import { createFuturesClient, setLeveragePreference } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await setLeveragePreference(client, { symbol: 'PF_XBTUSD', maxLeverage: '5' })
 */
export async function setLeveragePreference(
  client: FuturesClient,
  parameters: SetLeveragePreferenceParameters,
  options?: FuturesRequestOptions,
): Promise<SetLeveragePreferenceReturnType> {
  const wire = _parseParameters(SetLeveragePreferenceParametersSchema, parameters, 'setLeveragePreference')
  return client.request('PUT', '/derivatives/api/v3/leveragepreferences', { body: wire }, options)
}
