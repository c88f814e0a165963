import { _spotClient } from '../internal/_spotClient.js'
import type { Command } from '../types.js'

/**
 * `kraken balance`: the account's balances (`POST /0/private/Balance`, python `User.get_account_balance`; needs the
 * "Query funds" permission). https://docs.kraken.com/api/docs/rest-api/get-account-balance
 *
 * @example
 * KRAKEN_SPOT_API_KEY=… KRAKEN_SPOT_SECRET_KEY=… kraken balance
 */
export const balance: Command<Record<string, never>> = async (_args, context) => {
  const { getAccountBalance } = await import('@k/spot-rest')
  const client = await _spotClient(context)
  const result = (await getAccountBalance(client, {}, { signal: context.signal })) as Record<string, string>
  return {
    data: result,
    rows: Object.entries(result).map(([asset, amount]) => ({ asset, balance: amount })),
    columns: [
      { key: 'asset', title: 'ASSET' },
      { key: 'balance', title: 'BALANCE' },
    ],
  }
}
