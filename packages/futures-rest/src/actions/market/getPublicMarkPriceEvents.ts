import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _getPublicHistoryEvents, _historyPageEntries } from '../../internal/_historyEvents.js'
import type { FuturesHistoryPage } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetPublicMarkPriceEventsParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  tradeable: SymbolSchema,
  ..._historyPageEntries,
})

export type GetPublicMarkPriceEventsParameters = v.InferInput<typeof GetPublicMarkPriceEventsParametersSchema>
export type GetPublicMarkPriceEventsReturnType = FuturesHistoryPage

/**
 * Mark price events of a contract.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/get-public-price-events
 * - Python: `Market.get_public_mark_price_events`
 *
 * @example
 * import { createFuturesClient, getPublicMarkPriceEvents } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getPublicMarkPriceEvents(client, { tradeable: 'PF_XBTUSD', count: 10 })
 */
export async function getPublicMarkPriceEvents(
  client: FuturesClient,
  parameters: GetPublicMarkPriceEventsParameters & {
    /** @deprecated Use `continuation_token`. */ continuationToken?: GetPublicMarkPriceEventsParameters['continuation_token']
  },
  options?: FuturesRequestOptions,
): Promise<GetPublicMarkPriceEventsReturnType> {
  return _getPublicHistoryEvents(
    client,
    'getPublicMarkPriceEvents',
    GetPublicMarkPriceEventsParametersSchema,
    parameters,
    'price',
    options,
  )
}
