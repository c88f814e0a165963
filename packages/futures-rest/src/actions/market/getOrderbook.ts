import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOrderbookParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
})

export type GetOrderbookParameters = v.InferInput<typeof GetOrderbookParametersSchema>
export type GetOrderbookReturnType = FuturesSuccess<{
  orderBook: { bids: Array<[number, number]>; asks: Array<[number, number]> }
}>

/**
 * The order book of one contract. `symbol` is required: Kraken errors without it although older docs call it optional.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-orderbook
 * - Python: `Market.get_orderbook`
 *
 * @example
 * import { createFuturesClient, getOrderbook } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOrderbook(client, { symbol: 'PF_XBTUSD' })
 */
export async function getOrderbook(
  client: FuturesClient,
  parameters: GetOrderbookParameters,
  options?: FuturesRequestOptions,
): Promise<GetOrderbookReturnType> {
  const wire = _parseParameters(GetOrderbookParametersSchema, parameters, 'getOrderbook')
  return client.request('GET', '/derivatives/api/v3/orderbook', { query: wire }, options)
}
