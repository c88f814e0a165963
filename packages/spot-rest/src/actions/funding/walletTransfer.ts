import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { DecimalSchema } from '../../schemas/DecimalSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link walletTransfer} (Kraken's wire names; unknown keys are passed through). */
export const WalletTransferParametersSchema = v.looseObject({
  /** Asset, e.g. `XBT`. */
  asset: NameSchema,
  /** Source wallet (Kraken only allows `Spot Wallet`). */
  from: v.picklist(['Spot Wallet']),
  /** Destination wallet (`Futures Wallet`). */
  to: v.picklist(['Futures Wallet']),
  /** Amount to move. */
  amount: DecimalSchema,
})

export type WalletTransferParameters = v.InferInput<typeof WalletTransferParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type WalletTransferReturnType = { refid: string }

/**
 * Moves funds from the Spot wallet to the Futures wallet. Returns `{ refid }`. Permission: Withdraw funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/wallet-transfer
 * - Python: `Funding.wallet_transfer`
 *
 * @example
 * import { createSpotClient, walletTransfer } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await walletTransfer(client, { asset: 'XBT', from: 'Spot Wallet', to: 'Futures Wallet', amount: '0.1' })
 */
export async function walletTransfer(
  client: SpotClient,
  parameters: WalletTransferParameters,
  options?: RequestOptions,
): Promise<WalletTransferReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(WalletTransferParametersSchema, parameters, 'walletTransfer')
  return client.request<WalletTransferReturnType>('POST', '/0/private/WalletTransfer', body, options)
}
