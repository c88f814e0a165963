import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getTradeBalance} (Kraken's wire names; unknown keys are passed through). */
export const GetTradeBalanceParametersSchema = v.looseObject({
  /** Base asset of the figures (default `ZUSD`). */
  asset: v.optional(NameSchema),
  /** xStocks: `rebased` (default) or `base`. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetTradeBalanceParameters = v.InferInput<typeof GetTradeBalanceParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetTradeBalanceReturnType = Record<string, string>

/**
 * Margin/collateral summary (`eb`, `tb`, `m`, `uv`, `n`, `c`, `v`, `e`, `mf`, `ml`) in one asset. Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-balance
 * - Python: `User.get_trade_balance`
 *
 * @example
 * import { createSpotClient, getTradeBalance } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getTradeBalance(client, { asset: 'ZUSD' })
 */
export async function getTradeBalance(
  client: SpotClient,
  parameters: GetTradeBalanceParameters = {},
  options?: RequestOptions,
): Promise<GetTradeBalanceReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetTradeBalanceParametersSchema, parameters, 'getTradeBalance')
  return client.request<GetTradeBalanceReturnType>('POST', '/0/private/TradeBalance', body, options)
}
