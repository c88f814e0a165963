import { type GetOpenPositionsReturnType, getOpenPositions } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Open margin positions (`Trader.getPositions`; REST `OpenPositions`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-positions
 * - Python: none (seed 004 `get_positions`)
 *
 * @example
 * const positions = await getPositions(ctx, { docalcs: true })
 */
export function getPositions(
  ctx: _TraderContext,
  params: { txid?: string | string[]; docalcs?: boolean } = {},
  options: TraderCallOptions = {},
): Promise<GetOpenPositionsReturnType> {
  return getOpenPositions(ctx.rest, params as never, options)
}
