import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesOpenOrder, FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOpenOrdersParametersSchema = v.strictObject({})

export type GetOpenOrdersParameters = v.InferInput<typeof GetOpenOrdersParametersSchema>
export type GetOpenOrdersReturnType = FuturesSuccess<{ openOrders: FuturesOpenOrder[] }>

/**
 * Your open orders (untriggered stops included).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-open-orders
 * - Python: `User.get_open_orders`
 *
 * @example
 * import { createFuturesClient, getOpenOrders } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOpenOrders(client)
 */
export async function getOpenOrders(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetOpenOrdersReturnType> {
  _parseParameters(GetOpenOrdersParametersSchema, parameters, 'getOpenOrders')
  return client.request('GET', '/derivatives/api/v3/openorders', {}, options)
}
