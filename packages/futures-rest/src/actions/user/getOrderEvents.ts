import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { BooleanSchema, IntegerSchema, SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

export const GetOrderEventsParametersSchema = v.strictObject({
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
  const wire = _parseParameters(GetOrderEventsParametersSchema, parameters, 'getOrderEvents', ALIASES)
  return client.request('GET', '/api/history/v3/orders', { query: wire }, options)
}
