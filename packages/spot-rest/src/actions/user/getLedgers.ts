import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { LedgerEntry } from '../../responses/LedgerEntry.js'
import type { SpotClient } from '../../SpotClient.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getLedgers} (Kraken's wire names; unknown keys are passed through). */
export const GetLedgersParametersSchema = v.looseObject({
  /** One ledger id or a list (max 20); sent comma-joined. */
  id: ListSchema,
  /** Include trade info. */
  trades: v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetLedgersParameters = v.InferInput<typeof GetLedgersParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetLedgersReturnType = Record<string, LedgerEntry>

/**
 * Specific ledger entries by id (`/0/private/QueryLedgers`; Python's name). Costs 2 on the REST counter. Permission: Query ledger entries.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ledgers-info
 * - Python: `User.get_ledgers`
 *
 * @example
 * import { createSpotClient, getLedgers } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getLedgers(client, { id: 'L4UESK-KG3EQ-UFO4T5' })
 */
export async function getLedgers(
  client: SpotClient,
  parameters: GetLedgersParameters,
  options?: RequestOptions,
): Promise<GetLedgersReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetLedgersParametersSchema, parameters, 'getLedgers')
  return client.request<GetLedgersReturnType>('POST', '/0/private/QueryLedgers', body, options)
}
