import { type GetLedgersInfoReturnType, getLedgersInfo } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/** Parameters of {@link getLedgers}: Kraken's names, plus seed 004's `ledger_type` for `type`. */
export type GetLedgersParams = {
  asset?: string
  type?: string
  ledger_type?: string
  start?: number | string
  end?: number | string
  ofs?: number
}

/**
 * Ledger entries (`Trader.getLedgers`; REST `Ledgers`; seed 004's `ledger_type` is sent as `type`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-ledgers
 * - Python: none (seed 004 `get_ledgers`)
 *
 * @example
 * const { ledger } = await getLedgers(ctx, { asset: 'ZUSD' })
 */
export function getLedgers(
  ctx: _TraderContext,
  params: GetLedgersParams = {},
  options: TraderCallOptions = {},
): Promise<GetLedgersInfoReturnType> {
  const { ledger_type, ...rest } = params
  return getLedgersInfo(
    ctx.rest,
    { ...rest, ...(ledger_type === undefined ? {} : { type: ledger_type }) } as never,
    options,
  )
}
