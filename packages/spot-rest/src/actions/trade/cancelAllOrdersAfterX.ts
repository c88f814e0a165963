import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link cancelAllOrdersAfterX} (Kraken's wire names; unknown keys are passed through). */
export const CancelAllOrdersAfterXParametersSchema = v.looseObject({
  /** Seconds until everything is cancelled (0 disables; Kraken recommends 60 refreshed every 15–30 s). */
  timeout: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86400)),
})

export type CancelAllOrdersAfterXParameters = v.InferInput<typeof CancelAllOrdersAfterXParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type CancelAllOrdersAfterXReturnType = { currentTime: string; triggerTime: string }

/**
 * Dead man's switch: cancels all orders after `timeout` seconds unless called again; `0` disables it. Permission: Create & modify orders.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/cancel-all-orders-after
 * - Python: `Trade.cancel_all_orders_after_x`
 *
 * @example
 * import { createSpotClient, cancelAllOrdersAfterX } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await cancelAllOrdersAfterX(client, { timeout: 60 })
 */
export async function cancelAllOrdersAfterX(
  client: SpotClient,
  parameters: CancelAllOrdersAfterXParameters,
  options?: RequestOptions,
): Promise<CancelAllOrdersAfterXReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(CancelAllOrdersAfterXParametersSchema, parameters, 'cancelAllOrdersAfterX')
  return client.request<CancelAllOrdersAfterXReturnType>('POST', '/0/private/CancelAllOrdersAfter', body, options)
}
