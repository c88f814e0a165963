import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetSubaccountsParametersSchema = v.strictObject({})

export type GetSubaccountsParameters = v.InferInput<typeof GetSubaccountsParametersSchema>
export type GetSubaccountsReturnType = FuturesSuccess<{
  masterAccountUid: string
  subaccounts: Array<Record<string, unknown> & { accountUid: string }>
}>

/**
 * Your subaccounts and their balances.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/list-subaccounts
 * - Python: `User.get_subaccounts`
 *
 * @example
 * import { createFuturesClient, getSubaccounts } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getSubaccounts(client)
 */
export async function getSubaccounts(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetSubaccountsReturnType> {
  _parseParameters(GetSubaccountsParametersSchema, parameters, 'getSubaccounts')
  return client.request('GET', '/derivatives/api/v3/subaccounts', {}, options)
}
