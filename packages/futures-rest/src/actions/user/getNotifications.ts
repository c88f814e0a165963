import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetNotificationsParametersSchema = v.strictObject({})

export type GetNotificationsParameters = v.InferInput<typeof GetNotificationsParametersSchema>
export type GetNotificationsReturnType = FuturesSuccess<{
  notifications: Array<{ type: string; priority: string; note: string; effectiveTime?: string }>
}>

/**
 * Platform notifications.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-notifications
 * - Python: `User.get_notifications`
 *
 * @example
 * import { createFuturesClient, getNotifications } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getNotifications(client)
 */
export async function getNotifications(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetNotificationsReturnType> {
  _parseParameters(GetNotificationsParametersSchema, parameters, 'getNotifications')
  return client.request('GET', '/derivatives/api/v3/notifications', {}, options)
}
