import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const SetPnlPreferenceParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
  /** The currency, e.g. `USD` or `BTC`. */
  pnlPreference: TextSchema,
})

export type SetPnlPreferenceParameters = v.InferInput<typeof SetPnlPreferenceParametersSchema>
export type SetPnlPreferenceReturnType = FuturesSuccess

/**
 * Sets the PnL currency of a symbol. Sent in the query (PUT).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/set-pnl-currency-preference
 * - Python: `Market.set_pnl_preference`
 *
 * @example
 * import { createFuturesClient, setPnlPreference } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await setPnlPreference(client, { symbol: 'PF_XBTUSD', pnlPreference: 'USD' })
 */
export async function setPnlPreference(
  client: FuturesClient,
  parameters: SetPnlPreferenceParameters,
  options?: FuturesRequestOptions,
): Promise<SetPnlPreferenceReturnType> {
  const wire = _parseParameters(SetPnlPreferenceParametersSchema, parameters, 'setPnlPreference')
  return client.request('PUT', '/derivatives/api/v3/pnlpreferences', { body: wire }, options)
}
