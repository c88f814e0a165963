import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getAccountBalance} (Kraken's wire names; unknown keys are passed through). */
export const GetAccountBalanceParametersSchema = v.looseObject({
  /** xStocks: `rebased` (default) or `base` share counts. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetAccountBalanceParameters = v.InferInput<typeof GetAccountBalanceParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetAccountBalanceReturnType = Record<string, string>

/**
 * All cash balances, net of pending withdrawals, by Kraken asset name. Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-account-balance
 * - Python: `User.get_account_balance`
 *
 * @example
 * import { createSpotClient, getAccountBalance } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getAccountBalance(client)
 */
export async function getAccountBalance(
  client: SpotClient,
  parameters: GetAccountBalanceParameters = {},
  options?: RequestOptions,
): Promise<GetAccountBalanceReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetAccountBalanceParametersSchema, parameters, 'getAccountBalance')
  return client.request<GetAccountBalanceReturnType>('POST', '/0/private/Balance', body, options)
}
