import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { BooleanSchema, SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetTriggerEventsParametersSchema = v.strictObject({
  ..._historyPageEntries,
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
  return _getHistoryEvents(
    client,
    'getTriggerEvents',
    GetTriggerEventsParametersSchema,
    parameters,
    '/api/history/v3/triggers',
    options,
  )
}
