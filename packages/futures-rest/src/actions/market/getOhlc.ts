import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import { IntegerSchema, SymbolSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetOhlcParametersSchema = v.strictObject({
  /** `spot`, `mark` or `trade`. */
  tick_type: v.picklist(['spot', 'mark', 'trade']),
  /** The contract, e.g. `PF_XBTUSD`. */
  symbol: SymbolSchema,
  /** `1m`, `5m`, `15m`, `30m`, `1h`, `4h`, `12h`, `1d`, `1w` (python documents it as int; it is text). */
  resolution: v.picklist(['1m', '5m', '15m', '30m', '1h', '4h', '12h', '1d', '1w']),
  /** Start (unix seconds). */
  from: v.optional(IntegerSchema),
  /** End (unix seconds). */
  to: v.optional(IntegerSchema),
  /** Maximum number of candles. */
  count: v.optional(IntegerSchema),
})

export type GetOhlcParameters = v.InferInput<typeof GetOhlcParametersSchema>
/** Candles oldest first; prices are decimal strings as Kraken sends them. */
export type GetOhlcReturnType = {
  candles: Array<{ time: number; open: string; high: string; low: string; close: string; volume: number | string }>
  more_candles: boolean
}

/**
 * OHLC candles of a contract.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/charts/candles
 * - Python: `Market.get_ohlc` (the seed's `get_ohlcv` is the alias `getOhlcv`; `from_` is accepted for `from`)
 *
 * @example
 * import { createFuturesClient, getOhlc } from '@k/futures-rest'
 * const client = createFuturesClient()
 * const { candles } = await getOhlc(client, { tick_type: 'trade', symbol: 'PF_XBTUSD', resolution: '1h' })
 */
export async function getOhlc(
  client: FuturesClient,
  parameters: GetOhlcParameters & { /** @deprecated Use `from`. */ from_?: GetOhlcParameters['from'] },
  options?: FuturesRequestOptions,
): Promise<GetOhlcReturnType> {
  const { tick_type, symbol, resolution, ...query } = _parseParameters(GetOhlcParametersSchema, parameters, 'getOhlc', {
    from_: 'from',
  })
  const path = `/api/charts/v1/${tick_type}/${encodeURIComponent(symbol)}/${resolution}`
  return client.request('GET', path, { query }, options)
}
