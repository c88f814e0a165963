import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetInstrumentStatusParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
})

export type GetInstrumentStatusParameters = v.InferInput<typeof GetInstrumentStatusParametersSchema>
export type GetInstrumentStatusReturnType = FuturesSuccess<{
  tradeable: string
  experiencingDislocation: boolean
  experiencingExtremeVolatility: boolean
  extremeVolatilityInitialMarginMultiplier: number
  priceDislocationDirection: string | null
}>

/**
 * Price dislocation and volatility status of one instrument.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-instrument-status
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getInstrumentStatus } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getInstrumentStatus(client, { symbol: 'PF_XBTUSD' })
 */
export async function getInstrumentStatus(
  client: FuturesClient,
  parameters: GetInstrumentStatusParameters,
  options?: FuturesRequestOptions,
): Promise<GetInstrumentStatusReturnType> {
  const { symbol } = _parseParameters(GetInstrumentStatusParametersSchema, parameters, 'getInstrumentStatus')
  return client.request('GET', `/derivatives/api/v3/instruments/${encodeURIComponent(symbol)}/status`, {}, options)
}
