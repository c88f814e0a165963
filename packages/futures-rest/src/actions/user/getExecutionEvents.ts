import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetExecutionEventsParametersSchema = v.strictObject({
  ..._historyPageEntries,
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
  return _getHistoryEvents(
    client,
    'getExecutionEvents',
    GetExecutionEventsParametersSchema,
    parameters,
    '/api/history/v3/executions',
    options,
  )
}
