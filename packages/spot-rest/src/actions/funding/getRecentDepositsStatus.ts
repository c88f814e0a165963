import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { fundingStatusFields } from '../../schemas/fundingStatusFields.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getRecentDepositsStatus} (Kraken's wire names; unknown keys are passed through). */
export const GetRecentDepositsStatusParametersSchema = v.looseObject({
  ...fundingStatusFields,
  /** Page size (default 25). */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
})

export type GetRecentDepositsStatusParameters = v.InferInput<typeof GetRecentDepositsStatusParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetRecentDepositsStatusReturnType =
  | Array<Record<string, unknown>>
  | { deposit: Array<Record<string, unknown>>; next_cursor?: string }

/**
 * Recent deposits (90 days). `cursor: true` pages the answer. Permission: Deposit funds or Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-status-recent-deposits
 * - Python: `Funding.get_recent_deposits_status`
 *
 * @example
 * import { createSpotClient, getRecentDepositsStatus } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getRecentDepositsStatus(client, { asset: 'XBT' })
 */
export async function getRecentDepositsStatus(
  client: SpotClient,
  parameters: GetRecentDepositsStatusParameters = {},
  options?: RequestOptions,
): Promise<GetRecentDepositsStatusReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetRecentDepositsStatusParametersSchema, parameters, 'getRecentDepositsStatus')
  return client.request<GetRecentDepositsStatusReturnType>('POST', '/0/private/DepositStatus', body, options)
}
