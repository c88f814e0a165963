import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { LedgerEntry } from '../../responses/LedgerEntry.js'
import type { SpotClient } from '../../SpotClient.js'
import { AssetClassSchema } from '../../schemas/AssetClassSchema.js'
import { CountSchema } from '../../schemas/CountSchema.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import { TimeSchema } from '../../schemas/TimeSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getLedgersInfo} (Kraken's wire names; unknown keys are passed through). */
export const GetLedgersInfoParametersSchema = v.looseObject({
  /** Assets to include (default `all`); sent comma-joined. */
  asset: v.optional(ListSchema),
  /** Asset class (default `currency`; `tokenized_asset` for xStocks). */
  aclass: v.optional(AssetClassSchema),
  /** Entry type (default `all`). */
  type: v.optional(
    v.picklist([
      'all',
      'trade',
      'deposit',
      'withdrawal',
      'transfer',
      'margin',
      'adjustment',
      'rollover',
      'credit',
      'settled',
      'staking',
      'dividend',
      'sale',
      'nft_rebate',
    ]),
  ),
  /** Start Unix time or ledger id (exclusive). */
  start: v.optional(TimeSchema),
  /** End Unix time or ledger id (inclusive). */
  end: v.optional(TimeSchema),
  /** Result offset for paging. */
  ofs: v.optional(CountSchema),
  /** Skip counting (faster). */
  without_count: v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetLedgersInfoParameters = v.InferInput<typeof GetLedgersInfoParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetLedgersInfoReturnType = { ledger: Record<string, LedgerEntry>; count?: number }

/**
 * Ledger entries, 50 per page (`/0/private/Ledgers`; Python's name). Costs 2 on the REST counter. Permission: Query ledger entries.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ledgers
 * - Python: `User.get_ledgers_info`
 *
 * @example
 * import { createSpotClient, getLedgersInfo } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getLedgersInfo(client, { asset: 'ZUSD', type: 'deposit' })
 */
export async function getLedgersInfo(
  client: SpotClient,
  parameters: GetLedgersInfoParameters = {},
  options?: RequestOptions,
): Promise<GetLedgersInfoReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetLedgersInfoParametersSchema, parameters, 'getLedgersInfo')
  return client.request<GetLedgersInfoReturnType>('POST', '/0/private/Ledgers', body, options)
}
