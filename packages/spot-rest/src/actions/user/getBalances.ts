import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getBalances} (Kraken's wire names; unknown keys are passed through). */
export const GetBalancesParametersSchema = v.looseObject({
  /** xStocks: `rebased` (default) or `base` share counts. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetBalancesParameters = v.InferInput<typeof GetBalancesParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetBalancesReturnType = Record<
  string,
  { balance: string; hold_trade: string; credit?: string; credit_used?: string }
>

/**
 * Extended balances: `{ asset: { balance, hold_trade, credit?, credit_used? } }`. Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-extended-balance
 * - Python: `User.get_balances`
 *
 * @example
 * import { createSpotClient, getBalances } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getBalances(client)
 */
export async function getBalances(
  client: SpotClient,
  parameters: GetBalancesParameters = {},
  options?: RequestOptions,
): Promise<GetBalancesReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetBalancesParametersSchema, parameters, 'getBalances')
  return client.request<GetBalancesReturnType>('POST', '/0/private/BalanceEx', body, options)
}
