import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getSystemStatus} (Kraken's wire names; unknown keys are passed through). */
export const GetSystemStatusParametersSchema = v.looseObject({})

export type GetSystemStatusParameters = v.InferInput<typeof GetSystemStatusParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetSystemStatusReturnType = {
  status: 'online' | 'maintenance' | 'cancel_only' | 'post_only' | (string & {})
  timestamp: string
}

/**
 * Current system status: `online`, `maintenance`, `cancel_only` or `post_only`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-system-status
 * - Python: `Market.get_system_status`
 *
 * @example
 * import { createSpotClient, getSystemStatus } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getSystemStatus(client)
 */
export async function getSystemStatus(
  client: SpotClient,
  parameters: GetSystemStatusParameters = {},
  options?: RequestOptions,
): Promise<GetSystemStatusReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetSystemStatusParametersSchema, parameters, 'getSystemStatus')
  return client.request<GetSystemStatusReturnType>('GET', '/0/public/SystemStatus', body, options)
}
