import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getPublicHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetPublicOrderEventsParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  tradeable: SymbolSchema,
  ..._historyPageEntries,
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
  return _getPublicHistoryEvents(
    client,
    'getPublicOrderEvents',
    GetPublicOrderEventsParametersSchema,
    parameters,
    'orders',
    options,
  )
}
