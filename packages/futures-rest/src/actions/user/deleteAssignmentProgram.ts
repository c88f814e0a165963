import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { IntegerSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const DeleteAssignmentProgramParametersSchema = v.strictObject({
  /** The participation id. */
  id: IntegerSchema,
})

export type DeleteAssignmentProgramParameters = v.InferInput<typeof DeleteAssignmentProgramParametersSchema>
export type DeleteAssignmentProgramReturnType = FuturesSuccess<{ id: number; participant: Record<string, unknown> }>

/**
 * Leaves an assignment program participation.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/delete-assignment-program
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, deleteAssignmentProgram } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await deleteAssignmentProgram(client, { id: 1 })
 */
export async function deleteAssignmentProgram(
  client: FuturesClient,
  parameters: DeleteAssignmentProgramParameters,
  options?: FuturesRequestOptions,
): Promise<DeleteAssignmentProgramReturnType> {
  const wire = _parseParameters(DeleteAssignmentProgramParametersSchema, parameters, 'deleteAssignmentProgram')
  return client.request('POST', '/derivatives/api/v3/assignmentprogram/delete', { body: wire }, options)
}
