import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getCreditLines} (Kraken's wire names; unknown keys are passed through). */
export const GetCreditLinesParametersSchema = v.looseObject({
  /** xStocks: `rebased` (default) or `base` share counts. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetCreditLinesParameters = v.InferInput<typeof GetCreditLinesParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetCreditLinesReturnType = Record<string, unknown> | null

/**
 * Credit lines (VIP/institutional accounts with a credit facility). Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-credit-lines
 * - Python: none (python-kraken-sdk has no method for this endpoint)
 *
 * @example
 * import { createSpotClient, getCreditLines } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getCreditLines(client)
 */
export async function getCreditLines(
  client: SpotClient,
  parameters: GetCreditLinesParameters = {},
  options?: RequestOptions,
): Promise<GetCreditLinesReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetCreditLinesParametersSchema, parameters, 'getCreditLines')
  return client.request<GetCreditLinesReturnType>('POST', '/0/private/CreditLines', body, options)
}
