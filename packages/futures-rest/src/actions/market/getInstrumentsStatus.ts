import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'
import { getInstrumentStatus } from './getInstrumentStatus.js'

export const GetInstrumentsStatusParametersSchema = v.strictObject({
  /** One instrument (python's `instrument`): calls `/instruments/{instrument}/status` instead. */
  instrument: v.optional(SymbolSchema),
  /** Only this contract type. */
  contractType: v.optional(v.picklist(['futures_inverse', 'futures_vanilla', 'flexible_futures'])),
})

export type GetInstrumentsStatusParameters = v.InferInput<typeof GetInstrumentsStatusParametersSchema>
type InstrumentStatus = {
  tradeable: string
  experiencingDislocation: boolean
  experiencingExtremeVolatility: boolean
  extremeVolatilityInitialMarginMultiplier: number
  priceDislocationDirection: string | null
}
/** All statuses, or (with `instrument`) the status of one instrument. */
export type GetInstrumentsStatusReturnType =
  | FuturesSuccess<{ instrumentStatus: InstrumentStatus[] }>
  | FuturesSuccess<InstrumentStatus>

/**
 * Price dislocation and volatility status of every instrument, or of one when `instrument` is given.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/instruments-status
 * - Python: `Market.get_instruments_status`
 *
 * @example
 * import { createFuturesClient, getInstrumentsStatus } from '@k/futures-rest'
 * const client = createFuturesClient()
 * const { instrumentStatus } = await getInstrumentsStatus(client)
 */
export async function getInstrumentsStatus(
  client: FuturesClient,
  parameters: GetInstrumentsStatusParameters = {},
  options?: FuturesRequestOptions,
): Promise<GetInstrumentsStatusReturnType> {
  const { instrument, ...query } = _parseParameters(
    GetInstrumentsStatusParametersSchema,
    parameters,
    'getInstrumentsStatus',
  )
  if (instrument !== undefined) return getInstrumentStatus(client, { symbol: instrument }, options)
  return client.request('GET', '/derivatives/api/v3/instruments/status', { query }, options)
}
