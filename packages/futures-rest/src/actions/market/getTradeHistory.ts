import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { SymbolSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetTradeHistoryParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
  /** Only trades at or before this ISO-8601 time. */
  lastTime: v.optional(TextSchema),
})

export type GetTradeHistoryParameters = v.InferInput<typeof GetTradeHistoryParametersSchema>
export type GetTradeHistoryReturnType = FuturesSuccess<{
  history: Array<{
    price: number
    side?: string
    size?: string
    time: string
    trade_id?: number
    type?: string
    uid?: string
  }>
}>

/**
 * Recent public trades of a contract (at most 100).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-history
 * - Python: `Market.get_trade_history`
 *
 * @example
 * import { createFuturesClient, getTradeHistory } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getTradeHistory(client, { symbol: 'PF_XBTUSD' })
 */
export async function getTradeHistory(
  client: FuturesClient,
  parameters: GetTradeHistoryParameters,
  options?: FuturesRequestOptions,
): Promise<GetTradeHistoryReturnType> {
  const wire = _parseParameters(GetTradeHistoryParametersSchema, parameters, 'getTradeHistory')
  return client.request('GET', '/derivatives/api/v3/history', { query: wire }, options)
}
