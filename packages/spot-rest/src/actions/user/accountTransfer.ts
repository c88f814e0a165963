import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link accountTransfer} (Kraken's wire names; unknown keys are passed through). */
export const AccountTransferParametersSchema = v.looseObject({
  /** Asset to transfer, e.g. `XBT`. */
  asset: NameSchema,
  /** `currency` (default) or `tokenized_asset` (xStocks). */
  asset_class: v.optional(AssetClassSchema),
  /** Amount as a decimal string. */
  amount: DecimalSchema,
  /** IIBAN of the source account. */
  from: NameSchema,
  /** IIBAN of the destination account. */
  to: NameSchema,
})

export type AccountTransferParameters = v.InferInput<typeof AccountTransferParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type AccountTransferReturnType = { transfer_id: string; status: string }

/**
 * Transfers funds between a master account and its subaccounts (institutional accounts only).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/account-transfer
 * - Python: `User.account_transfer`
 *
 * @example
 * import { createSpotClient, accountTransfer } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await accountTransfer(client, { asset: 'XBT', amount: '0.1', from: 'ABCD 1234 EFGH 5678', to: 'IJKL 0000 MNOP 9999' })
 */
export async function accountTransfer(
  client: SpotClient,
  parameters: AccountTransferParameters,
  options?: RequestOptions,
): Promise<AccountTransferReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(AccountTransferParametersSchema, parameters, 'accountTransfer')
  return client.request<AccountTransferReturnType>('POST', '/0/private/AccountTransfer', body, options)
}
