import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { IntegerSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

export const GetPublicMarkPriceEventsParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  tradeable: SymbolSchema,
  /** Only events at or after this time (ms since the epoch). */
  since: v.optional(IntegerSchema),
  /** Only events before this time (ms since the epoch). */
  before: v.optional(IntegerSchema),
  /** Order of the results (Kraken default `desc`). */
  sort: v.optional(v.picklist(['asc', 'desc'])),
  /** Opaque token from the previous page (`continuationToken`) to continue listing. */
  continuation_token: v.optional(TextSchema),
  /** Maximum number of results. */
  count: v.optional(IntegerSchema),
})

export type GetPublicMarkPriceEventsParameters = v.InferInput<typeof GetPublicMarkPriceEventsParametersSchema>
export type GetPublicMarkPriceEventsReturnType = FuturesHistoryPage

/**
 * Mark price events of a contract.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-public-price-events
 * - Python: `Market.get_public_mark_price_events`
 *
 * @example
 * import { createFuturesClient, getPublicMarkPriceEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPublicMarkPriceEvents(client, { tradeable: 'PF_XBTUSD', count: 10 })
 */
export async function getPublicMarkPriceEvents(
  client: FuturesClient,
  parameters: GetPublicMarkPriceEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetPublicMarkPriceEventsParameters['continuation_token']
  },
  options?: FuturesRequestOptions,
): Promise<GetPublicMarkPriceEventsReturnType> {
  const { tradeable, ...wire } = _parseParameters(
    GetPublicMarkPriceEventsParametersSchema,
    parameters,
    'getPublicMarkPriceEvents',
    ALIASES,
  )
  return client.request(
    'GET',
    `/api/history/v3/market/${encodeURIComponent(tradeable)}/price`,
    { query: wire },
    options,
  )
}
