import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const InitiateWalletTransferParametersSchema = v.strictObject({
  /** Source account, e.g. `flex` or `cash`. */
  fromAccount: TextSchema,
  /** Destination account. */
  toAccount: TextSchema,
  /** Currency, e.g. `USD`. */
  unit: TextSchema,
  /** Amount. */
  amount: PositiveDecimalSchema,
})

export type InitiateWalletTransferParameters = v.InferInput<typeof InitiateWalletTransferParametersSchema>
export type InitiateWalletTransferReturnType = FuturesSuccess

/**
 * Moves funds between two of your margin or cash accounts.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/transfer
 * - Python: `Funding.initiate_wallet_transfer`
 *
 * @example
 * import { createFuturesClient, initiateWalletTransfer } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await initiateWalletTransfer(client, { fromAccount: 'flex', toAccount: 'cash', unit: 'USD', amount: '10' })
 */
export async function initiateWalletTransfer(
  client: FuturesClient,
  parameters: InitiateWalletTransferParameters,
  options?: FuturesRequestOptions,
): Promise<InitiateWalletTransferReturnType> {
  const wire = _parseParameters(InitiateWalletTransferParametersSchema, parameters, 'initiateWalletTransfer')
  return client.request('POST', '/derivatives/api/v3/transfer', { body: wire }, options)
}
