import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link allocateEarnFunds} (Kraken's wire names; unknown keys are passed through). */
export const AllocateEarnFundsParametersSchema = v.looseObject({
  /** Amount to allocate. */
  amount: DecimalSchema,
  /** Strategy id from listEarnStrategies. */
  strategy_id: NameSchema,
})

export type AllocateEarnFundsParameters = v.InferInput<typeof AllocateEarnFundsParametersSchema>

/** Kraken's `result`. */
export type AllocateEarnFundsReturnType = boolean

/**
 * Allocates funds to an Earn strategy (asynchronous; poll `getAllocationStatus`). Permission: Earn Funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/allocate-strategy
 * - Python: `Earn.allocate_earn_funds`
 *
 * @example
 * import { createSpotClient, allocateEarnFunds } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await allocateEarnFunds(client, { amount: '1', strategy_id: 'ESRFUO3-Q62XD-WIOIL7' })
 */
export async function allocateEarnFunds(
  client: SpotClient,
  parameters: AllocateEarnFundsParameters,
  options?: RequestOptions,
): Promise<AllocateEarnFundsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(AllocateEarnFundsParametersSchema, parameters, 'allocateEarnFunds')
  return client.request<AllocateEarnFundsReturnType>('POST', '/0/private/Earn/Allocate', body, options)
}
