import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { _WithAliases } from '../../internal/_WithAliases.js'
import type { FuturesSuccess } from '../../responses.js'
import { BooleanSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { subaccountId: 'subaccountUid', trading_enabled: 'tradingEnabled' } as const

export const SetTradingOnSubaccountParametersSchema = v.strictObject({
  /** The subaccount uid. */
  subaccountUid: TextSchema,
  /** Enable (`true`) or disable (`false`) trading. */
  tradingEnabled: BooleanSchema,
})

export type SetTradingOnSubaccountParameters = v.InferInput<typeof SetTradingOnSubaccountParametersSchema>
export type SetTradingOnSubaccountReturnType = FuturesSuccess<{ tradingEnabled: boolean }>

/**
 * Enables or disables trading on a subaccount (institutional accounts). Accepts python's `subaccountId` and `trading_enabled`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/update-subaccount-trading-capability
 * - Python: `User.set_trading_on_subaccount`
 *
 * @example
 * import { createFuturesClient, setTradingOnSubaccount } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await setTradingOnSubaccount(client, { subaccountUid: '…', tradingEnabled: true })
 */
export async function setTradingOnSubaccount(
  client: FuturesClient,
  parameters: _WithAliases<SetTradingOnSubaccountParameters, typeof ALIASES>,
  options?: FuturesRequestOptions,
): Promise<SetTradingOnSubaccountReturnType> {
  const { subaccountUid, ...wire } = _parseParameters(
    SetTradingOnSubaccountParametersSchema,
    parameters,
    'setTradingOnSubaccount',
    ALIASES,
  )
  return client.request(
    'PUT',
    `/derivatives/api/v3/subaccount/${encodeURIComponent(subaccountUid)}/trading-enabled`,
    { body: wire },
    options,
  )
}
