import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { _WithAliases } from '../../internal/_WithAliases.js'
import { SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { tradeable: 'symbol' } as const

export const GetResolutionsParametersSchema = v.strictObject({
  /** Tick type: `spot`, `mark` or `trade`. */
  tick_type: v.picklist(['spot', 'mark', 'trade']),
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
})

export type GetResolutionsParameters = v.InferInput<typeof GetResolutionsParametersSchema>
export type GetResolutionsReturnType = string[]

/**
 * The candle resolutions available for a symbol (python's `tradeable` is accepted as an alias of `symbol`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/charts/resolutions
 * - Python: `Market.get_resolutions`
 *
 * @example
 * import { createFuturesClient, getResolutions } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getResolutions(client, { tick_type: 'trade', symbol: 'PF_XBTUSD' })
 */
export async function getResolutions(
  client: FuturesClient,
  parameters: _WithAliases<GetResolutionsParameters, typeof ALIASES>,
  options?: FuturesRequestOptions,
): Promise<GetResolutionsReturnType> {
  const { tick_type, symbol } = _parseParameters(GetResolutionsParametersSchema, parameters, 'getResolutions', ALIASES)
  return client.request(
    'GET',
    `/api/charts/v1/${encodeURIComponent(tick_type)}/${encodeURIComponent(symbol)}`,
    {},
    options,
  )
}
