import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOpenRfqParametersSchema = v.strictObject({
  /** The RFQ id. */
  rfqUid: TextSchema,
})

export type GetOpenRfqParameters = v.InferInput<typeof GetOpenRfqParametersSchema>
export type GetOpenRfqReturnType = FuturesSuccess<{
  rfq: {
    rfqUid: string
    expiry: string
    markPrice: number
    legs: Array<{ symbol: string; size: number; markPrice: number }>
  }
}>

/**
 * One open request for quote.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-single-open-rfq
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getOpenRfq } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOpenRfq(client, { rfqUid: '5f3c4a1e-0000-4000-a000-000000000001' })
 */
export async function getOpenRfq(
  client: FuturesClient,
  parameters: GetOpenRfqParameters,
  options?: FuturesRequestOptions,
): Promise<GetOpenRfqReturnType> {
  const { rfqUid } = _parseParameters(GetOpenRfqParametersSchema, parameters, 'getOpenRfq')
  return client.request('GET', `/derivatives/api/v3/rfqs/${encodeURIComponent(rfqUid)}`, {}, options)
}
