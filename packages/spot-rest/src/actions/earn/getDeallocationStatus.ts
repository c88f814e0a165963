import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getDeallocationStatus} (Kraken's wire names; unknown keys are passed through). */
export const GetDeallocationStatusParametersSchema = v.looseObject({
  /** Strategy id. */
  strategy_id: NameSchema,
})

export type GetDeallocationStatusParameters = v.InferInput<typeof GetDeallocationStatusParametersSchema>

/** Kraken's `result`. */
export type GetDeallocationStatusReturnType = { pending: boolean }

/**
 * Whether the last deallocation from a strategy is still pending. Permission: Earn Funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-deallocate-strategy-status
 * - Python: `Earn.get_deallocation_status`
 *
 * @example
 * import { createSpotClient, getDeallocationStatus } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getDeallocationStatus(client, { strategy_id: 'ESRFUO3-Q62XD-WIOIL7' })
 */
export async function getDeallocationStatus(
  client: SpotClient,
  parameters: GetDeallocationStatusParameters,
  options?: RequestOptions,
): Promise<GetDeallocationStatusReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetDeallocationStatusParametersSchema, parameters, 'getDeallocationStatus')
  return client.request<GetDeallocationStatusReturnType>('POST', '/0/private/Earn/DeallocateStatus', body, options)
}
