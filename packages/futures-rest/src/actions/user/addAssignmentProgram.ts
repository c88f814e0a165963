import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { BooleanSchema, PositiveDecimalSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const AddAssignmentProgramParametersSchema = v.strictObject({
  /** Contract type, e.g. `flexible_futures`. */
  contractType: TextSchema,
  /** One contract only. */
  contract: v.optional(SymbolSchema),
  /** Maximum size per assignment. */
  maxSize: v.optional(PositiveDecimalSchema),
  /** Maximum resulting position. */
  maxPosition: v.optional(PositiveDecimalSchema),
  /** Accept long assignments. */
  acceptLong: BooleanSchema,
  /** Accept short assignments. */
  acceptShort: BooleanSchema,
  /** When assignments are accepted. */
  timeFrame: v.picklist(['all', 'weekdays', 'weekends']),
  /** Whether the participation is active. */
  enabled: BooleanSchema,
})

export type AddAssignmentProgramParameters = v.InferInput<typeof AddAssignmentProgramParametersSchema>
export type AddAssignmentProgramReturnType = FuturesSuccess<{ id: number; participant: Record<string, unknown> }>

/**
 * Joins the assignment program for a contract type.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/add-assignment-program
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, addAssignmentProgram } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await addAssignmentProgram(client, { contractType: 'flexible_futures', acceptLong: true, acceptShort: true, timeFrame: 'all', enabled: true })
 */
export async function addAssignmentProgram(
  client: FuturesClient,
  parameters: AddAssignmentProgramParameters,
  options?: FuturesRequestOptions,
): Promise<AddAssignmentProgramReturnType> {
  const wire = _parseParameters(AddAssignmentProgramParametersSchema, parameters, 'addAssignmentProgram')
  return client.request('POST', '/derivatives/api/v3/assignmentprogram/add', { body: wire }, options)
}
