import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetAssignmentProgramHistoryParametersSchema = v.strictObject({})

export type GetAssignmentProgramHistoryParameters = v.InferInput<typeof GetAssignmentProgramHistoryParametersSchema>
export type GetAssignmentProgramHistoryReturnType = FuturesSuccess<{
  participants: Array<{ deleted: boolean; participant: Record<string, unknown>; timestamp?: string }>
}>

/**
 * History of your assignment program participations.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-assignment-program-history
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getAssignmentProgramHistory } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getAssignmentProgramHistory(client)
 */
export async function getAssignmentProgramHistory(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetAssignmentProgramHistoryReturnType> {
  _parseParameters(GetAssignmentProgramHistoryParametersSchema, parameters, 'getAssignmentProgramHistory')
  return client.request('GET', '/derivatives/api/v3/assignmentprogram/history', {}, options)
}
