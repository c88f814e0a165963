import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { IntegerSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

export const GetPublicExecutionEventsParametersSchema = v.strictObject({
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

export type GetPublicExecutionEventsParameters = v.InferInput<typeof GetPublicExecutionEventsParametersSchema>
export type GetPublicExecutionEventsReturnType = FuturesHistoryPage

/**
 * Public executions of a contract. (python-kraken-sdk puts the filters in a GET body and never sends them; @k sends them in the query.)
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-public-execution-events
 * - Python: `Market.get_public_execution_events`
 *
 * @example
 * import { createFuturesClient, getPublicExecutionEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPublicExecutionEvents(client, { tradeable: 'PF_XBTUSD', count: 10 })
 */
export async function getPublicExecutionEvents(
  client: FuturesClient,
  parameters: GetPublicExecutionEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetPublicExecutionEventsParameters['continuation_token']
  },
  options?: FuturesRequestOptions,
): Promise<GetPublicExecutionEventsReturnType> {
  const { tradeable, ...wire } = _parseParameters(
    GetPublicExecutionEventsParametersSchema,
    parameters,
    'getPublicExecutionEvents',
    ALIASES,
  )
  return client.request(
    'GET',
    `/api/history/v3/market/${encodeURIComponent(tradeable)}/executions`,
    { query: wire },
    options,
  )
}
