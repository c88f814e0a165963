import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { BooleanSchema, IntegerSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

export const GetTriggerEventsParametersSchema = v.strictObject({
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
  /** Include opened triggers. */
  opened: v.optional(BooleanSchema),
  /** Include closed triggers. */
  closed: v.optional(BooleanSchema),
})

export type GetTriggerEventsParameters = v.InferInput<typeof GetTriggerEventsParametersSchema>
export type GetTriggerEventsReturnType = FuturesHistoryPage

/**
 * Your trigger (stop) order events history.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-trigger-events
 * - Python: `User.get_trigger_events`
 *
 * @example
 * import { createFuturesClient, getTriggerEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getTriggerEvents(client, { count: 10 })
 */
export async function getTriggerEvents(
  client: FuturesClient,
  parameters: GetTriggerEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetTriggerEventsParameters['continuation_token']
  } = {},
  options?: FuturesRequestOptions,
): Promise<GetTriggerEventsReturnType> {
  const wire = _parseParameters(GetTriggerEventsParametersSchema, parameters, 'getTriggerEvents', ALIASES)
  return client.request('GET', '/api/history/v3/triggers', { query: wire }, options)
}
