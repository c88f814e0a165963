import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getServerTime} (Kraken's wire names; unknown keys are passed through). */
export const GetServerTimeParametersSchema = v.looseObject({})

export type GetServerTimeParameters = v.InferInput<typeof GetServerTimeParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetServerTimeReturnType = { unixtime: number; rfc1123: string }

/**
 * Kraken's server time (useful to check the clock and connectivity).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-server-time
 * - Python: none (python-kraken-sdk has no method for this endpoint)
 *
 * @example
 * import { createSpotClient, getServerTime } from '@k/spot-rest'
 * const client = createSpotClient()
 * const result = await getServerTime(client)
 */
export async function getServerTime(
  client: SpotClient,
  parameters: GetServerTimeParameters = {},
  options?: RequestOptions,
): Promise<GetServerTimeReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetServerTimeParametersSchema, parameters, 'getServerTime')
  return client.request<GetServerTimeReturnType>('GET', '/0/public/Time', body, options)
}
