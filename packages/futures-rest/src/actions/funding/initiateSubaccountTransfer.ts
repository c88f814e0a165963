import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const InitiateSubaccountTransferParametersSchema = v.strictObject({
  /** Source user uid. */
  fromUser: TextSchema,
  /** Destination user uid. */
  toUser: TextSchema,
  /** Source account, e.g. `flex`. */
  fromAccount: TextSchema,
  /** Destination account. */
  toAccount: TextSchema,
  /** Currency, e.g. `USD`. */
  unit: TextSchema,
  /** Amount. */
  amount: PositiveDecimalSchema,
})

export type InitiateSubaccountTransferParameters = v.InferInput<typeof InitiateSubaccountTransferParametersSchema>
export type InitiateSubaccountTransferReturnType = FuturesSuccess

/**
 * Moves funds between the master account and a subaccount.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/sub-account-transfer
 * - Python: `Funding.initiate_subaccount_transfer`
 *
 * @example
 * import { createFuturesClient, initiateSubaccountTransfer } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await initiateSubaccountTransfer(client, { fromUser: masterUid, toUser: subUid, fromAccount: 'flex', toAccount: 'flex', unit: 'USD', amount: '1' })
 */
export async function initiateSubaccountTransfer(
  client: FuturesClient,
  parameters: InitiateSubaccountTransferParameters,
  options?: FuturesRequestOptions,
): Promise<InitiateSubaccountTransferReturnType> {
  const wire = _parseParameters(InitiateSubaccountTransferParametersSchema, parameters, 'initiateSubaccountTransfer')
  return client.request('POST', '/derivatives/api/v3/transfer/subaccount', { body: wire }, options)
}
