import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getDepositAddress} (Kraken's wire names; unknown keys are passed through). */
export const GetDepositAddressParametersSchema = v.looseObject({
  /** Asset, e.g. `XBT`. */
  asset: NameSchema,
  /** Deposit method name from getDepositMethods. */
  method: NameSchema,
  /** Generate a new address. */
  new: v.optional(v.boolean()),
  /** Amount (Lightning invoices). */
  amount: v.optional(DecimalSchema),
})

export type GetDepositAddressParameters = v.InferInput<typeof GetDepositAddressParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetDepositAddressReturnType = Array<{
  address: string
  expiretm: string
  new?: boolean
  tag?: string
  memo?: string
  [field: string]: unknown
}>

/**
 * Deposit addresses for an asset and method; `new: true` generates a new one. Permission: Deposit funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-deposit-addresses
 * - Python: `Funding.get_deposit_address`
 *
 * @example
 * import { createSpotClient, getDepositAddress } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getDepositAddress(client, { asset: 'XBT', method: 'Bitcoin' })
 */
export async function getDepositAddress(
  client: SpotClient,
  parameters: GetDepositAddressParameters,
  options?: RequestOptions,
): Promise<GetDepositAddressReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetDepositAddressParametersSchema, parameters, 'getDepositAddress')
  return client.request<GetDepositAddressReturnType>('POST', '/0/private/DepositAddresses', body, options)
}
