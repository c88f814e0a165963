import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link withdrawAddresses} (Kraken's wire names; unknown keys are passed through). */
export const WithdrawAddressesParametersSchema = v.looseObject({
  /** Filter by asset. */
  asset: v.optional(NameSchema),
  /** Asset class (default `currency`). */
  aclass: v.optional(AssetClassSchema),
  /** Filter by method. */
  method: v.optional(NameSchema),
  /** Filter by withdrawal key name. */
  key: v.optional(NameSchema),
  /** Only verified (true) or unverified (false) addresses. */
  verified: v.optional(v.boolean()),
})

export type WithdrawAddressesParameters = v.InferInput<typeof WithdrawAddressesParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type WithdrawAddressesReturnType = Array<{
  address: string
  asset: string
  method: string
  key: string
  verified: boolean
  [field: string]: unknown
}>

/**
 * Your withdrawal addresses (posts to `WithdrawAddresses`; python-kraken-sdk wrongly posts to `WithdrawMethods`). Permission: Withdraw funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-withdrawal-addresses
 * - Python: `Funding.withdraw_addresses`
 *
 * @example
 * import { createSpotClient, withdrawAddresses } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await withdrawAddresses(client, { asset: 'XBT', verified: true })
 */
export async function withdrawAddresses(
  client: SpotClient,
  parameters: WithdrawAddressesParameters = {},
  options?: RequestOptions,
): Promise<WithdrawAddressesReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(WithdrawAddressesParametersSchema, parameters, 'withdrawAddresses')
  return client.request<WithdrawAddressesReturnType>('POST', '/0/private/WithdrawAddresses', body, options)
}
