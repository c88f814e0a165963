import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetFeeSchedulesParametersSchema = v.strictObject({})

export type GetFeeSchedulesParameters = v.InferInput<typeof GetFeeSchedulesParametersSchema>
export type GetFeeSchedulesReturnType = FuturesSuccess<{
  feeSchedules: Array<{
    uid: string
    name: string
    tiers: Array<{ makerFee: number; takerFee: number; usdVolume: number }>
  }>
}>

/**
 * The fee schedules and their volume tiers. (python-kraken-sdk marks it deprecated after Kraken's June 2026 change.)
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-fee-schedules
 * - Python: `Market.get_fee_schedules`
 *
 * @example
 * import { createFuturesClient, getFeeSchedules } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getFeeSchedules(client)
 */
export async function getFeeSchedules(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetFeeSchedulesReturnType> {
  _parseParameters(GetFeeSchedulesParametersSchema, parameters, 'getFeeSchedules')
  return client.request('GET', '/derivatives/api/v3/feeschedules', {}, options)
}
