import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _jsonWithDecimals } from '../../internal/_jsonWithDecimals.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const PlaceRfqOfferParametersSchema = v.strictObject({
  /** The RFQ id. */
  rfqUid: TextSchema,
  /** Your bid (at least one of bid/ask). */
  bid: v.optional(PositiveDecimalSchema),
  /** Your ask. */
  ask: v.optional(PositiveDecimalSchema),
})

export type PlaceRfqOfferParameters = v.InferInput<typeof PlaceRfqOfferParametersSchema>
export type PlaceRfqOfferReturnType = FuturesSuccess<{ offerUid: string }>

/**
 * Places your offer on a request for quote. The body is JSON (`{"bid":…,"ask":…}`); Authent covers it as sent.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/place-rfq-offer
 * - Python: none
 *
 * @example
 * import { createFuturesClient, placeRfqOffer } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const { offerUid } = await placeRfqOffer(client, { rfqUid, bid: '100.5', ask: '101.75' })
 */
export async function placeRfqOffer(
  client: FuturesClient,
  parameters: PlaceRfqOfferParameters,
  options?: FuturesRequestOptions,
): Promise<PlaceRfqOfferReturnType> {
  const { rfqUid, ...prices } = _parseParameters(PlaceRfqOfferParametersSchema, parameters, 'placeRfqOffer')
  if (prices.bid === undefined && prices.ask === undefined)
    throw new KrakenValidationError('Invalid parameter "bid" for placeRfqOffer: bid or ask is required', {
      field: 'bid',
    })
  const json = _jsonWithDecimals(prices, new Set(['bid', 'ask']))
  return client.request('POST', `/derivatives/api/v3/rfqs/${encodeURIComponent(rfqUid)}/place-offer`, { json }, options)
}
