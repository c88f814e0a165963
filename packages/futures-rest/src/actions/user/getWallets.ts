import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetWalletsParametersSchema = v.strictObject({})

export type GetWalletsParameters = v.InferInput<typeof GetWalletsParametersSchema>
export type GetWalletsReturnType = FuturesSuccess<{
  accounts: Record<string, Record<string, unknown> & { type: string }>
}>

/**
 * Balances and margin of every account: cash, margin accounts and the multi-collateral (flex) account.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-accounts
 * - Python: `User.get_wallets`
 *
 * @example
 * import { createFuturesClient, getWallets } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getWallets(client)
 */
export async function getWallets(
  client: FuturesClient,
  parameters: Record<string, never> = {},
  options?: FuturesRequestOptions,
): Promise<GetWalletsReturnType> {
  _parseParameters(GetWalletsParametersSchema, parameters, 'getWallets')
  return client.request('GET', '/derivatives/api/v3/accounts', {}, options)
}
