import { _spotRequest } from '../internal/_spotRequest.js'
import type { Command } from '../types.js'

/**
 * `kraken balance`: the account's balances (`POST /0/private/Balance`, python `User.get_account_balance`; needs the
 * "Query funds" permission). https://docs.kraken.com/api/docs/rest-api/get-account-balance
 *
 * @example
 * KRAKEN_SPOT_API_KEY=… KRAKEN_SPOT_SECRET_KEY=… kraken balance
 */
export const balance: Command<Record<string, never>> = async (_args, context) => {
  const result = (await _spotRequest(context, { method: 'POST', path: '/0/private/Balance' })) as Record<string, string>
  return {
    data: result,
    rows: Object.entries(result).map(([asset, amount]) => ({ asset, balance: amount })),
    columns: [
      { key: 'asset', title: 'ASSET' },
      { key: 'balance', title: 'BALANCE' },
    ],
  }
}
