import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesRequestOptions } from '../../types.js'

export const CheckApiKeyParametersSchema = v.strictObject({})

export type CheckApiKeyParameters = v.InferInput<typeof CheckApiKeyParametersSchema>
export type CheckApiKeyReturnType = {
  apiKey: string
  accountUid: string
  iiban: string | null
  createdAt: string
  permissions: { general: string; transfer: string }
}

/**
 * Checks the API key that signs the request and returns its account and permissions.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/auth/check-v3-api-key
 * - Python: none (Kraken operation without a python-kraken-sdk method)
 *
 * @example
 * import { createFuturesClient, checkApiKey } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await checkApiKey(client)
 */
export async function checkApiKey(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<CheckApiKeyReturnType> {
  _parseParameters(CheckApiKeyParametersSchema, parameters, 'checkApiKey')
  return client.request('GET', '/api/auth/v1/api-keys/v3/check', {}, options)
}
