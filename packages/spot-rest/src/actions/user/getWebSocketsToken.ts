import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getWebSocketsToken} (Kraken's wire names; unknown keys are passed through). */
export const GetWebSocketsTokenParametersSchema = v.looseObject({})

export type GetWebSocketsTokenParameters = v.InferInput<typeof GetWebSocketsTokenParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetWebSocketsTokenReturnType = { token: string; expires: number }

/**
 * A token for Kraken's authenticated WebSocket (v2 and the Unified WebSocket); valid 15 minutes until used. Permission: Access WebSockets API.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-websockets-token
 * - Python: none (python-kraken-sdk has no method for this endpoint)
 *
 * @example
 * import { createSpotClient, getWebSocketsToken } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getWebSocketsToken(client)
 */
export async function getWebSocketsToken(
  client: SpotClient,
  parameters: GetWebSocketsTokenParameters = {},
  options?: RequestOptions,
): Promise<GetWebSocketsTokenReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetWebSocketsTokenParametersSchema, parameters, 'getWebSocketsToken')
  return client.request<GetWebSocketsTokenReturnType>('POST', '/0/private/GetWebSocketsToken', body, options)
}
