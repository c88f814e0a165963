import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const CancelRfqOfferParametersSchema = v.strictObject({
  /** The RFQ id. */
  rfqUid: TextSchema,
})

export type CancelRfqOfferParameters = v.InferInput<typeof CancelRfqOfferParametersSchema>
export type CancelRfqOfferReturnType = FuturesSuccess

/**
 * Cancels your offer on a request for quote.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/cancel-rfq-offer
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, cancelRfqOffer } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await cancelRfqOffer(client, { rfqUid: '…' })
 */
export async function cancelRfqOffer(
  client: FuturesClient,
  parameters: CancelRfqOfferParameters,
  options?: FuturesRequestOptions,
): Promise<CancelRfqOfferReturnType> {
  const { rfqUid } = _parseParameters(CancelRfqOfferParametersSchema, parameters, 'cancelRfqOffer')
  return client.request('DELETE', `/derivatives/api/v3/rfqs/${encodeURIComponent(rfqUid)}/cancel-offer`, {}, options)
}
