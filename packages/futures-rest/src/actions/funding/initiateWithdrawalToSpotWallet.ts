import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const InitiateWithdrawalToSpotWalletParametersSchema = v.strictObject({
  /** Currency, e.g. `USD`. */
  currency: TextSchema,
  /** Amount. */
  amount: PositiveDecimalSchema,
  /** Source wallet (Kraken default `cash`). */
  sourceWallet: v.optional(TextSchema),
})

export type InitiateWithdrawalToSpotWalletParameters = v.InferInput<
  typeof InitiateWithdrawalToSpotWalletParametersSchema
>
export type InitiateWithdrawalToSpotWalletReturnType = FuturesSuccess<{ uid: string }>

/**
 * Withdraws from a Futures wallet to your Spot wallet.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/withdrawal
 * - Python: `Funding.initiate_withdrawal_to_spot_wallet`
 *
 * @example
 * import { createFuturesClient, initiateWithdrawalToSpotWallet } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await initiateWithdrawalToSpotWallet(client, { currency: 'USD', amount: '1' })
 */
export async function initiateWithdrawalToSpotWallet(
  client: FuturesClient,
  parameters: InitiateWithdrawalToSpotWalletParameters,
  options?: FuturesRequestOptions,
): Promise<InitiateWithdrawalToSpotWalletReturnType> {
  const wire = _parseParameters(
    InitiateWithdrawalToSpotWalletParametersSchema,
    parameters,
    'initiateWithdrawalToSpotWallet',
  )
  return client.request('POST', '/derivatives/api/v3/withdrawal', { body: wire }, options)
}
