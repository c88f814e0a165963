import * as v from 'valibot'
import { _parseParameters } from '../internal/_parseParameters.js'
import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

export const CancelAllOrdersAfterParametersSchema = v.strictObject({
  /** Seconds until every order is cancelled unless refreshed; 0 disables the timer; below 86 400. */
  timeout: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_399)),
})

/** `cancel_all_orders_after` params (seed 000 `CancelAllOrdersAfterParams`). */
export type CancelAllOrdersAfterParameters = v.InferInput<typeof CancelAllOrdersAfterParametersSchema>

/**
 * Kraken's `result` (`currentTime`, `triggerTime` — camelCase on the wire), plus seed 000's snake_case names
 * (`current_time`, `trigger_time`) with the same values.
 */
export type CancelAllOrdersAfterResult = {
  currentTime: string
  triggerTime: string
  current_time: string
  trigger_time: string
  warnings?: string[]
}

/**
 * Dead man's switch: cancels all orders after `timeout` seconds unless called again. See
 * {@link startDeadMansSwitch} for a helper that keeps it refreshed.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_after
 * - Python: `send_message({"method": "cancel_all_orders_after", "params": {"timeout": 60}})`
 *
 * @example
 * const { triggerTime } = await cancelAllOrdersAfter(client, { timeout: 60 })
 */
export async function cancelAllOrdersAfter(
  client: WsRequester,
  parameters: CancelAllOrdersAfterParameters,
  options?: WsRequestOptions,
): Promise<CancelAllOrdersAfterResult> {
  const params = _parseParameters(CancelAllOrdersAfterParametersSchema, parameters, 'cancel_all_orders_after')
  const [response] = await client.wsRequest('cancel_all_orders_after', params, options)
  const result = response!.result as { currentTime: string; triggerTime: string; warnings?: string[] }
  return { ...result, current_time: result.currentTime, trigger_time: result.triggerTime }
}
