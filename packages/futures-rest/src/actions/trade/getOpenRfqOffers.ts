import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOpenRfqOffersParametersSchema = v.strictObject({})

export type GetOpenRfqOffersParameters = v.InferInput<typeof GetOpenRfqOffersParametersSchema>
export type GetOpenRfqOffersReturnType = FuturesSuccess<{
  openOffers: Array<{
    uid: string
    rfqUid: string
    placementDate: string
    lastUpdateDate: string
    bid?: string
    ask?: string
  }>
}>

/**
 * Your open offers on requests for quote.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-open-rfq-offers
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, getOpenRfqOffers } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getOpenRfqOffers(client)
 */
export async function getOpenRfqOffers(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetOpenRfqOffersReturnType> {
  _parseParameters(GetOpenRfqOffersParametersSchema, parameters, 'getOpenRfqOffers')
  return client.request('GET', '/derivatives/api/v3/rfqs/open-offers', {}, options)
}
