import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link withdrawMethods} (Kraken's wire names; unknown keys are passed through). */
export const WithdrawMethodsParametersSchema = v.looseObject({
  /** Filter by asset. */
  asset: v.optional(NameSchema),
  /** Asset class (default `currency`). */
  aclass: v.optional(AssetClassSchema),
  /** Filter by network. */
  network: v.optional(NameSchema),
})

export type WithdrawMethodsParameters = v.InferInput<typeof WithdrawMethodsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type WithdrawMethodsReturnType = Array<{
  asset: string
  method: string
  network?: string
  minimum: string
  [field: string]: unknown
}>

/**
 * Withdrawal methods available to you. Permission: Withdraw funds or Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-withdrawal-methods
 * - Python: `Funding.withdraw_methods`
 *
 * @example
 * import { createSpotClient, withdrawMethods } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await withdrawMethods(client, { asset: 'XBT' })
 */
export async function withdrawMethods(
  client: SpotClient,
  parameters: WithdrawMethodsParameters = {},
  options?: RequestOptions,
): Promise<WithdrawMethodsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(WithdrawMethodsParametersSchema, parameters, 'withdrawMethods')
  return client.request<WithdrawMethodsReturnType>('POST', '/0/private/WithdrawMethods', body, options)
}
