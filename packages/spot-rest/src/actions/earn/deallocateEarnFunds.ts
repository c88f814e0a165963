import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link deallocateEarnFunds} (Kraken's wire names; unknown keys are passed through). */
export const DeallocateEarnFundsParametersSchema = v.looseObject({
  /** Amount to deallocate. */
  amount: DecimalSchema,
  /** Strategy id. */
  strategy_id: NameSchema,
})

export type DeallocateEarnFundsParameters = v.InferInput<typeof DeallocateEarnFundsParametersSchema>

/** Kraken's `result`. */
export type DeallocateEarnFundsReturnType = boolean

/**
 * Deallocates funds from an Earn strategy (asynchronous; poll `getDeallocationStatus`). Permission: Earn Funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/deallocate-strategy
 * - Python: `Earn.deallocate_earn_funds`
 *
 * @example
 * import { createSpotClient, deallocateEarnFunds } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await deallocateEarnFunds(client, { amount: '1', strategy_id: 'ESRFUO3-Q62XD-WIOIL7' })
 */
export async function deallocateEarnFunds(
  client: SpotClient,
  parameters: DeallocateEarnFundsParameters,
  options?: RequestOptions,
): Promise<DeallocateEarnFundsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(DeallocateEarnFundsParametersSchema, parameters, 'deallocateEarnFunds')
  return client.request<DeallocateEarnFundsReturnType>('POST', '/0/private/Earn/Deallocate', body, options)
}
