import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getWithdrawalInfo} (Kraken's wire names; unknown keys are passed through). */
export const GetWithdrawalInfoParametersSchema = v.looseObject({
  /** Asset, e.g. `XBT`. */
  asset: NameSchema,
  /** Name of the withdrawal key (address) set up in your account. */
  key: NameSchema,
  /** Amount to withdraw. */
  amount: DecimalSchema,
})

export type GetWithdrawalInfoParameters = v.InferInput<typeof GetWithdrawalInfoParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetWithdrawalInfoReturnType = { method: string; limit: string; amount: string; fee: string }

/**
 * Fee and limit of a withdrawal before making it. Permission: Withdraw funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-withdrawal-information
 * - Python: `Funding.get_withdrawal_info`
 *
 * @example
 * import { createSpotClient, getWithdrawalInfo } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getWithdrawalInfo(client, { asset: 'XBT', key: 'btc_2709', amount: '0.725' })
 */
export async function getWithdrawalInfo(
  client: SpotClient,
  parameters: GetWithdrawalInfoParameters,
  options?: RequestOptions,
): Promise<GetWithdrawalInfoReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetWithdrawalInfoParametersSchema, parameters, 'getWithdrawalInfo')
  return client.request<GetWithdrawalInfoReturnType>('POST', '/0/private/WithdrawInfo', body, options)
}
