import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link createSubaccount} (Kraken's wire names; unknown keys are passed through). */
export const CreateSubaccountParametersSchema = v.looseObject({
  /** Username of the subaccount. */
  username: NameSchema,
  /** Email of the subaccount. */
  email: v.pipe(NameSchema, v.email()),
})

export type CreateSubaccountParameters = v.InferInput<typeof CreateSubaccountParametersSchema>

/** Kraken's `result`. */
export type CreateSubaccountReturnType = boolean

/**
 * Creates a trading subaccount (institutional accounts only). Permission: Institutional verification.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/create-subaccount
 * - Python: `User.create_subaccount`
 *
 * @example
 * import { createSpotClient, createSubaccount } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await createSubaccount(client, { username: 'bot-1', email: 'bot-1@example.com' })
 */
export async function createSubaccount(
  client: SpotClient,
  parameters: CreateSubaccountParameters,
  options?: RequestOptions,
): Promise<CreateSubaccountReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CreateSubaccountParametersSchema, parameters, 'createSubaccount')
  return client.request<CreateSubaccountReturnType>('POST', '/0/private/CreateSubaccount', body, options)
}
