import { type GetSystemStatusReturnType, getSystemStatus as restGetSystemStatus } from '@k/spot-rest'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Kraken's trading status (`Trader.getSystemStatus`): the public WS `status` channel while it is up, otherwise REST
 * `SystemStatus` (remembered for the status guard's `statusTtl`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-system-status, https://docs.kraken.com/api/docs/websocket-v2/status
 * - Python: none (seed 004 `get_system_status`)
 *
 * @example
 * const { status } = await getSystemStatus(ctx)
 */
export async function getSystemStatus(
  ctx: _TraderContext,
  options: TraderCallOptions = {},
): Promise<GetSystemStatusReturnType> {
  const live = ctx.publicUp ? ctx.live?.status : undefined
  if (live !== undefined) return { status: live, timestamp: new Date().toISOString() }
  const value = await restGetSystemStatus(ctx.rest, {}, options)
  ctx.restStatus = { value, at: Date.now() }
  return value
}
