import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { IntegerSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

export const GetExecutionEventsParametersSchema = v.strictObject({
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
  /** Only events of this contract. */
  tradeable: v.optional(SymbolSchema),
})

export type GetExecutionEventsParameters = v.InferInput<typeof GetExecutionEventsParametersSchema>
export type GetExecutionEventsReturnType = FuturesHistoryPage

/**
 * Your executions (fills) history.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-execution-events
 * - Python: `User.get_execution_events`
 *
 * @example
 * import { createFuturesClient, getExecutionEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getExecutionEvents(client, { count: 10 })
 */
export async function getExecutionEvents(
  client: FuturesClient,
  parameters: GetExecutionEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetExecutionEventsParameters['continuation_token']
  } = {},
  options?: FuturesRequestOptions,
): Promise<GetExecutionEventsReturnType> {
  const wire = _parseParameters(GetExecutionEventsParametersSchema, parameters, 'getExecutionEvents', ALIASES)
  return client.request('GET', '/api/history/v3/executions', { query: wire }, options)
}
