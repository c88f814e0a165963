import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetFeeSchedulesVolParametersSchema = v.strictObject({})

export type GetFeeSchedulesVolParameters = v.InferInput<typeof GetFeeSchedulesVolParametersSchema>
export type GetFeeSchedulesVolReturnType = FuturesSuccess<{ volumesByFeeSchedule: Record<string, number> }>

/**
 * Your 30-day volume per fee schedule (private).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-user-fee-schedule-volumes
 * - Python: `Market.get_fee_schedules_vol`
 *
 * @example
 * import { createFuturesClient, getFeeSchedulesVol } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getFeeSchedulesVol(client)
 */
export async function getFeeSchedulesVol(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetFeeSchedulesVolReturnType> {
  _parseParameters(GetFeeSchedulesVolParametersSchema, parameters, 'getFeeSchedulesVol')
  return client.request('GET', '/derivatives/api/v3/feeschedules/volumes', {}, options)
}
