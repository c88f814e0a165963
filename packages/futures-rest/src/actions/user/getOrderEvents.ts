import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { BooleanSchema, SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOrderEventsParametersSchema = v.strictObject({
  ..._historyPageEntries,
  /** Only events of this contract. */
  tradeable: v.optional(SymbolSchema),
  /** Include opened orders. */
  opened: v.optional(BooleanSchema),
  /** Include closed orders. */
  closed: v.optional(BooleanSchema),
})

export type GetOrderEventsParameters = v.InferInput<typeof GetOrderEventsParametersSchema>
export type GetOrderEventsReturnType = FuturesHistoryPage

/**
 * Your order events history.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-order-events
 * - Python: `User.get_order_events`
 *
 * @example
 * import { createFuturesClient, getOrderEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOrderEvents(client, { count: 10 })
 */
export async function getOrderEvents(
  client: FuturesClient,
  parameters: GetOrderEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetOrderEventsParameters['continuation_token']
  } = {},
  options?: FuturesRequestOptions,
): Promise<GetOrderEventsReturnType> {
  return _getHistoryEvents(
    client,
    'getOrderEvents',
    GetOrderEventsParametersSchema,
    parameters,
    '/api/history/v3/orders',
    options,
  )
}
