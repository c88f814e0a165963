import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { fundingStatusFields } from '../../schemas/fundingStatusFields.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getRecentWithdrawStatus} (Kraken's wire names; unknown keys are passed through). */
export const GetRecentWithdrawStatusParametersSchema = v.looseObject({
  ...fundingStatusFields,
  /** Page size (default 500). */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
})

export type GetRecentWithdrawStatusParameters = v.InferInput<typeof GetRecentWithdrawStatusParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetRecentWithdrawStatusReturnType =
  | Array<Record<string, unknown>>
  | { withdrawals: Array<Record<string, unknown>>; next_cursor?: string }

/**
 * Recent withdrawals (90 days, at most 500). Permission: Withdraw funds or Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-status-recent-withdrawals
 * - Python: `Funding.get_recent_withdraw_status`
 *
 * @example
 * import { createSpotClient, getRecentWithdrawStatus } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getRecentWithdrawStatus(client, { asset: 'XBT' })
 */
export async function getRecentWithdrawStatus(
  client: SpotClient,
  parameters: GetRecentWithdrawStatusParameters = {},
  options?: RequestOptions,
): Promise<GetRecentWithdrawStatusReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetRecentWithdrawStatusParametersSchema, parameters, 'getRecentWithdrawStatus')
  return client.request<GetRecentWithdrawStatusReturnType>('POST', '/0/private/WithdrawStatus', body, options)
}
