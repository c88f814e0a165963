import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getAllocationStatus} (Kraken's wire names; unknown keys are passed through). */
export const GetAllocationStatusParametersSchema = v.looseObject({
  /** Strategy id. */
  strategy_id: NameSchema,
})

export type GetAllocationStatusParameters = v.InferInput<typeof GetAllocationStatusParametersSchema>

/** Kraken's `result`. */
export type GetAllocationStatusReturnType = { pending: boolean }

/**
 * Whether the last allocation to a strategy is still pending. Permission: Earn Funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-allocate-strategy-status
 * - Python: `Earn.get_allocation_status`
 *
 * @example
 * import { createSpotClient, getAllocationStatus } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getAllocationStatus(client, { strategy_id: 'ESRFUO3-Q62XD-WIOIL7' })
 */
export async function getAllocationStatus(
  client: SpotClient,
  parameters: GetAllocationStatusParameters,
  options?: RequestOptions,
): Promise<GetAllocationStatusReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetAllocationStatusParametersSchema, parameters, 'getAllocationStatus')
  return client.request<GetAllocationStatusReturnType>('POST', '/0/private/Earn/AllocateStatus', body, options)
}
