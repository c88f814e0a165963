import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetInstrumentsParametersSchema = v.strictObject({
  /** Only this contract type. */
  contractType: v.optional(v.picklist(['futures_inverse', 'futures_vanilla', 'flexible_futures'])),
})

export type GetInstrumentsParameters = v.InferInput<typeof GetInstrumentsParametersSchema>
export type GetInstrumentsReturnType = FuturesSuccess<{
  instruments: Array<Record<string, unknown> & { symbol: string; tickSize?: number }>
}>

/**
 * Contract specifications of every instrument.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-instruments
 * - Python: `Market.get_instruments`
 *
 * @example
 * import { createFuturesClient, getInstruments } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getInstruments(client)
 */
export async function getInstruments(
  client: FuturesClient,
  parameters: GetInstrumentsParameters = {},
  options?: FuturesRequestOptions,
): Promise<GetInstrumentsReturnType> {
  const wire = _parseParameters(GetInstrumentsParametersSchema, parameters, 'getInstruments')
  return client.request('GET', '/derivatives/api/v3/instruments', { query: wire }, options)
}
