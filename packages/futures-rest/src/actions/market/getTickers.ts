import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess, FuturesTicker } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetTickersParametersSchema = v.strictObject({
  /** Only this contract type. */
  contractType: v.optional(v.picklist(['futures_inverse', 'futures_vanilla', 'flexible_futures'])),
})

export type GetTickersParameters = v.InferInput<typeof GetTickersParametersSchema>
export type GetTickersReturnType = FuturesSuccess<{ tickers: FuturesTicker[] }>

/**
 * Tickers of every contract and index.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-tickers
 * - Python: `Market.get_tickers`
 *
 * @example
 * import { createFuturesClient, getTickers } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getTickers(client)
 */
export async function getTickers(
  client: FuturesClient,
  parameters: GetTickersParameters = {},
  options?: FuturesRequestOptions,
): Promise<GetTickersReturnType> {
  const wire = _parseParameters(GetTickersParametersSchema, parameters, 'getTickers')
  return client.request('GET', '/derivatives/api/v3/tickers', { query: wire }, options)
}
