import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link withdrawFunds} (Kraken's wire names; unknown keys are passed through). */
export const WithdrawFundsParametersSchema = v.looseObject({
  /** Asset, e.g. `XBT`. */
  asset: NameSchema,
  /** Asset class (default `currency`). */
  aclass: v.optional(AssetClassSchema),
  /** Name of the withdrawal key. */
  key: NameSchema,
  /** Optional check that the key has this address. */
  address: v.optional(NameSchema),
  /** Amount to withdraw. */
  amount: DecimalSchema,
  /** Refuse the withdrawal if the fee would be higher. */
  max_fee: v.optional(DecimalSchema),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type WithdrawFundsParameters = v.InferInput<typeof WithdrawFundsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type WithdrawFundsReturnType = { refid: string }

/**
 * Makes a withdrawal to a withdrawal key; fails if the fee is above `max_fee`. Returns `{ refid }`. Permission: Withdraw funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/withdraw-funds
 * - Python: `Funding.withdraw_funds`
 *
 * @example
 * import { createSpotClient, withdrawFunds } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await withdrawFunds(client, { asset: 'XBT', key: 'btc_2709', amount: '0.725' })
 */
export async function withdrawFunds(
  client: SpotClient,
  parameters: WithdrawFundsParameters,
  options?: RequestOptions,
): Promise<WithdrawFundsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(WithdrawFundsParametersSchema, parameters, 'withdrawFunds')
  return client.request<WithdrawFundsReturnType>('POST', '/0/private/Withdraw', body, options)
}
