import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess, FuturesTicker } from '../../responses.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetTickerParametersSchema = v.strictObject({
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
})

export type GetTickerParameters = v.InferInput<typeof GetTickerParametersSchema>
export type GetTickerReturnType = FuturesSuccess<{ ticker: FuturesTicker }>

/**
 * The ticker of one contract.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-ticker
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getTicker } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getTicker(client, { symbol: 'PF_XBTUSD' })
 */
export async function getTicker(
  client: FuturesClient,
  parameters: GetTickerParameters,
  options?: FuturesRequestOptions,
): Promise<GetTickerReturnType> {
  const { symbol } = _parseParameters(GetTickerParametersSchema, parameters, 'getTicker')
  return client.request('GET', `/derivatives/api/v3/tickers/${encodeURIComponent(symbol)}`, {}, options)
}
