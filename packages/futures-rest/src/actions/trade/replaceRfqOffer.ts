import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _jsonWithDecimals } from '../../internal/_jsonWithDecimals.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { PositiveDecimalSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const ReplaceRfqOfferParametersSchema = v.strictObject({
  /** The RFQ id. */
  rfqUid: TextSchema,
  /** Your bid (at least one of bid/ask). */
  bid: v.optional(PositiveDecimalSchema),
  /** Your ask. */
  ask: v.optional(PositiveDecimalSchema),
})

export type ReplaceRfqOfferParameters = v.InferInput<typeof ReplaceRfqOfferParametersSchema>
export type ReplaceRfqOfferReturnType = FuturesSuccess

/**
 * Replaces your offer on a request for quote. The body is JSON (`{"bid":…,"ask":…}`); Authent covers it as sent.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/replace-rfq-offer
 * - Python: none
 *
 * @example
 * import { createFuturesClient, replaceRfqOffer } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * await replaceRfqOffer(client, { rfqUid, bid: '100.5', ask: '101.75' })
 */
export async function replaceRfqOffer(
  client: FuturesClient,
  parameters: ReplaceRfqOfferParameters,
  options?: FuturesRequestOptions,
): Promise<ReplaceRfqOfferReturnType> {
  const { rfqUid, ...prices } = _parseParameters(ReplaceRfqOfferParametersSchema, parameters, 'replaceRfqOffer')
  if (prices.bid === undefined && prices.ask === undefined)
    throw new KrakenValidationError('Invalid parameter "bid" for replaceRfqOffer: bid or ask is required', {
      field: 'bid',
    })
  const json = _jsonWithDecimals(prices, new Set(['bid', 'ask']))
  return client.request(
    'PUT',
    `/derivatives/api/v3/rfqs/${encodeURIComponent(rfqUid)}/replace-offer`,
    { json },
    options,
  )
}
