import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { IntegerSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const DeadMansSwitchParametersSchema = v.strictObject({
  /** Seconds until every order is cancelled; 0 disarms. */
  timeout: v.optional(IntegerSchema),
})

export type DeadMansSwitchParameters = v.InferInput<typeof DeadMansSwitchParametersSchema>
export type DeadMansSwitchReturnType = FuturesSuccess<{ status: { currentTime: string; triggerTime: string } }>

/**
 * Dead man's switch: cancels all orders after `timeout` seconds unless called again; `0` disarms it.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/cancel-all-orders-after
 * - Python: `Trade.dead_mans_switch`
 *
 * @example
 * import { createFuturesClient, deadMansSwitch } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await deadMansSwitch(client, { timeout: 60 })
 */
export async function deadMansSwitch(
  client: FuturesClient,
  parameters: DeadMansSwitchParameters = {},
  options?: FuturesRequestOptions,
): Promise<DeadMansSwitchReturnType> {
  const wire = _parseParameters(DeadMansSwitchParametersSchema, parameters, 'deadMansSwitch')
  return client.request('POST', '/derivatives/api/v3/cancelallordersafter', { body: wire }, options)
}
