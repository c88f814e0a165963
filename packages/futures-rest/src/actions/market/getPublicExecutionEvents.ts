import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getPublicHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetPublicExecutionEventsParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  tradeable: SymbolSchema,
  ..._historyPageEntries,
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
  return _getPublicHistoryEvents(
    client,
    'getPublicExecutionEvents',
    GetPublicExecutionEventsParametersSchema,
    parameters,
    'executions',
    options,
  )
}
