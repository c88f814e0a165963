import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetAssignmentProgramCurrentParametersSchema = v.strictObject({})

export type GetAssignmentProgramCurrentParameters = v.InferInput<typeof GetAssignmentProgramCurrentParametersSchema>
export type GetAssignmentProgramCurrentReturnType = FuturesSuccess<{
  participants: Array<{ id: number; participant: Record<string, unknown> }>
}>

/**
 * Your current assignment program participations.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-assignment-program-current
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getAssignmentProgramCurrent } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getAssignmentProgramCurrent(client)
 */
export async function getAssignmentProgramCurrent(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetAssignmentProgramCurrentReturnType> {
  _parseParameters(GetAssignmentProgramCurrentParametersSchema, parameters, 'getAssignmentProgramCurrent')
  return client.request('GET', '/derivatives/api/v3/assignmentprogram/current', {}, options)
}
