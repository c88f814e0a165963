import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { IntegerSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

export const GetPublicOrderEventsParametersSchema = v.strictObject({
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

export type GetPublicOrderEventsParameters = v.InferInput<typeof GetPublicOrderEventsParametersSchema>
export type GetPublicOrderEventsReturnType = FuturesHistoryPage

/**
 * Public order events of a contract.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-public-order-events
 * - Python: `Market.get_public_order_events`
 *
 * @example
 * import { createFuturesClient, getPublicOrderEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPublicOrderEvents(client, { tradeable: 'PF_XBTUSD', count: 10 })
 */
export async function getPublicOrderEvents(
  client: FuturesClient,
  parameters: GetPublicOrderEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetPublicOrderEventsParameters['continuation_token']
  },
  options?: FuturesRequestOptions,
): Promise<GetPublicOrderEventsReturnType> {
  const { tradeable, ...wire } = _parseParameters(
    GetPublicOrderEventsParametersSchema,
    parameters,
    'getPublicOrderEvents',
    ALIASES,
  )
  return client.request(
    'GET',
    `/api/history/v3/market/${encodeURIComponent(tradeable)}/orders`,
    { query: wire },
    options,
  )
}
