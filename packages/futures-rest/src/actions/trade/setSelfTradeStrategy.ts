import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const SetSelfTradeStrategyParametersSchema = v.strictObject({
  /** The strategy. */
  strategy: v.picklist(['REJECT_TAKER', 'CANCEL_MAKER_SELF', 'CANCEL_MAKER_CHILD', 'CANCEL_MAKER_ANY']),
})

export type SetSelfTradeStrategyParameters = v.InferInput<typeof SetSelfTradeStrategyParametersSchema>
export type SetSelfTradeStrategyReturnType = FuturesSuccess<{ strategy: string }>

/**
 * Sets your self-trade prevention strategy. Sent in the query (PUT).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/set-self-trade-strategy
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, setSelfTradeStrategy } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await setSelfTradeStrategy(client, { strategy: 'CANCEL_MAKER_SELF' })
 */
export async function setSelfTradeStrategy(
  client: FuturesClient,
  parameters: SetSelfTradeStrategyParameters,
  options?: FuturesRequestOptions,
): Promise<SetSelfTradeStrategyReturnType> {
  const wire = _parseParameters(SetSelfTradeStrategyParametersSchema, parameters, 'setSelfTradeStrategy')
  return client.request('PUT', '/derivatives/api/v3/self-trade-strategy', { body: wire }, options)
}
