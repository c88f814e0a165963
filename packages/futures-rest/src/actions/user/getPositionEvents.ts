import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { BooleanSchema, SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetPositionEventsParametersSchema = v.strictObject({
  ..._historyPageEntries,
  /** Only events of this contract. */
  tradeable: v.optional(SymbolSchema),
  /** Include `opened` position events. */
  opened: v.optional(BooleanSchema),
  /** Include `closed` position events. */
  closed: v.optional(BooleanSchema),
  /** Include `increased` position events. */
  increased: v.optional(BooleanSchema),
  /** Include `decreased` position events. */
  decreased: v.optional(BooleanSchema),
  /** Include `reversed` position events. */
  reversed: v.optional(BooleanSchema),
  /** Include `no_change` position events. */
  no_change: v.optional(BooleanSchema),
  /** Include `trades` position events. */
  trades: v.optional(BooleanSchema),
  /** Include `funding_realization` position events. */
  funding_realization: v.optional(BooleanSchema),
  /** Include `settlement` position events. */
  settlement: v.optional(BooleanSchema),
})

export type GetPositionEventsParameters = v.InferInput<typeof GetPositionEventsParametersSchema>
export type GetPositionEventsReturnType = FuturesHistoryPage

/**
 * Your position update history.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-position-events
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getPositionEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPositionEvents(client, { count: 10 })
 */
export async function getPositionEvents(
  client: FuturesClient,
  parameters: GetPositionEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetPositionEventsParameters['continuation_token']
  } = {},
  options?: FuturesRequestOptions,
): Promise<GetPositionEventsReturnType> {
  return _getHistoryEvents(
    client,
    'getPositionEvents',
    GetPositionEventsParametersSchema,
    parameters,
    '/api/history/v3/positions',
    options,
  )
}
