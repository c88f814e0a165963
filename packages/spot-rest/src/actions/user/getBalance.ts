import * as v from 'valibot'
import { _subtractDecimal } from '../../internal/_decimal.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'
import { getBalances } from './getBalances.js'

/** Parameters of {@link getBalance}. */
export const GetBalanceParametersSchema = v.object({
  /** Currency as you write it (`USD`, `XBT`) or Kraken's name (`ZUSD`, `XXBT`). */
  currency: NameSchema,
})

export type GetBalanceParameters = v.InferInput<typeof GetBalanceParametersSchema>

/** Balance of one currency; decimal strings (python-kraken-sdk returns floats here). */
export type GetBalanceReturnType = { currency: string; balance: string; available_balance: string }

/**
 * Balance and available balance (balance − hold_trade, exact) of one currency, from BalanceEx. Finds `currency`,
 * `Z<currency>` or `X<currency>`; an unknown currency gives `'0'`. Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-extended-balance
 * - Python: `User.get_balance`
 *
 * @example
 * import { createSpotClient, getBalance } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const { available_balance } = await getBalance(client, { currency: 'USD' })
 */
export async function getBalance(
  client: SpotClient,
  parameters: GetBalanceParameters,
  options?: RequestOptions,
): Promise<GetBalanceReturnType> {
  const { currency } = _parseParameters(GetBalanceParametersSchema, parameters, 'getBalance')
  const balances = await getBalances(client, {}, options)
  // Kraken prefixes legacy fiat with Z and legacy crypto with X (ZUSD, XXBT); newer assets have no prefix.
  const entry = balances[currency] ?? balances[`Z${currency}`] ?? balances[`X${currency}`]
  if (!entry) return { currency, balance: '0', available_balance: '0' }
  return {
    currency,
    balance: entry.balance,
    available_balance: _subtractDecimal(entry.balance, entry.hold_trade ?? '0'),
  }
}
