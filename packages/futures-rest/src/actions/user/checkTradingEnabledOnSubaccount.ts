import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { _WithAliases } from '../../internal/_WithAliases.js'
import type { FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { subaccountId: 'subaccountUid' } as const

export const CheckTradingEnabledOnSubaccountParametersSchema = v.strictObject({
  /** The subaccount uid. */
  subaccountUid: TextSchema,
})

export type CheckTradingEnabledOnSubaccountParameters = v.InferInput<
  typeof CheckTradingEnabledOnSubaccountParametersSchema
>
export type CheckTradingEnabledOnSubaccountReturnType = FuturesSuccess<{ tradingEnabled: boolean }>

/**
 * Whether trading is enabled on a subaccount (institutional accounts). The seed's `subaccountId` is accepted as an alias.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-subaccount-trading-capability
 * - Python: `User.check_trading_enabled_on_subaccount`
 *
 * @example
 * import { createFuturesClient, checkTradingEnabledOnSubaccount } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await checkTradingEnabledOnSubaccount(client, { subaccountUid: '…' })
 */
export async function checkTradingEnabledOnSubaccount(
  client: FuturesClient,
  parameters: _WithAliases<CheckTradingEnabledOnSubaccountParameters, typeof ALIASES>,
  options?: FuturesRequestOptions,
): Promise<CheckTradingEnabledOnSubaccountReturnType> {
  const { subaccountUid } = _parseParameters(
    CheckTradingEnabledOnSubaccountParametersSchema,
    parameters,
    'checkTradingEnabledOnSubaccount',
    ALIASES,
  )
  return client.request(
    'GET',
    `/derivatives/api/v3/subaccount/${encodeURIComponent(subaccountUid)}/trading-enabled`,
    {},
    options,
  )
}
