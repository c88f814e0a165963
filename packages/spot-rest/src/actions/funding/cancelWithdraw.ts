import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link cancelWithdraw} (Kraken's wire names; unknown keys are passed through). */
export const CancelWithdrawParametersSchema = v.looseObject({
  /** Asset of the withdrawal. */
  asset: NameSchema,
  /** The withdrawal's reference id. */
  refid: NameSchema,
})

export type CancelWithdrawParameters = v.InferInput<typeof CancelWithdrawParametersSchema>

/** Kraken's `result`. */
export type CancelWithdrawReturnType = boolean

/**
 * Cancels a withdrawal that is not being processed yet. Permission: Withdraw funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/cancel-withdrawal
 * - Python: `Funding.cancel_withdraw`
 *
 * @example
 * import { createSpotClient, cancelWithdraw } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await cancelWithdraw(client, { asset: 'XBT', refid: 'FTQcuak-V6Za8qrWnhzTx67yYHz8Tg' })
 */
export async function cancelWithdraw(
  client: SpotClient,
  parameters: CancelWithdrawParameters,
  options?: RequestOptions,
): Promise<CancelWithdrawReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CancelWithdrawParametersSchema, parameters, 'cancelWithdraw')
  return client.request<CancelWithdrawReturnType>('POST', '/0/private/WithdrawCancel', body, options)
}
