import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getDepositMethods} (Kraken's wire names; unknown keys are passed through). */
export const GetDepositMethodsParametersSchema = v.looseObject({
  /** Asset, e.g. `XBT`. */
  asset: NameSchema,
  /** Asset class (default `currency`). */
  aclass: v.optional(AssetClassSchema),
})

export type GetDepositMethodsParameters = v.InferInput<typeof GetDepositMethodsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetDepositMethodsReturnType = Array<{
  method: string
  limit: string | false
  fee?: string
  'gen-address'?: boolean
  minimum?: string
  [field: string]: unknown
}>

/**
 * Deposit methods of an asset. Permission: Deposit funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-deposit-methods
 * - Python: `Funding.get_deposit_methods`
 *
 * @example
 * import { createSpotClient, getDepositMethods } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getDepositMethods(client, { asset: 'XBT' })
 */
export async function getDepositMethods(
  client: SpotClient,
  parameters: GetDepositMethodsParameters,
  options?: RequestOptions,
): Promise<GetDepositMethodsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetDepositMethodsParametersSchema, parameters, 'getDepositMethods')
  return client.request<GetDepositMethodsReturnType>('POST', '/0/private/DepositMethods', body, options)
}
