import { getSystemStatus } from '../actions/market/getSystemStatus.js'
import type { TraderCallOptions } from '../types.js'
import { _checkSystemStatus } from './_checkSystemStatus.js'
import type { _TraderContext } from './_TraderContext.js'
import type { _RestOrder } from './_toWsOrder.js'

/**
 * The status guard of order placement: throws the typed error of `_checkSystemStatus` when Kraken's trading status
 * refuses one of the orders (nothing is sent). Skipped with `statusGuard: false` per trader or per call. The status
 * comes from the live `status` channel, else a REST answer younger than `statusTtl`, else a fresh REST call.
 */
export async function _statusGuard(
  ctx: _TraderContext,
  orders: readonly _RestOrder[],
  options: TraderCallOptions,
): Promise<void> {
  if (options.statusGuard === false || ctx.options.statusGuard === false) return
  const status = await _currentStatus(ctx, options)
  for (const order of orders) {
    const error = _checkSystemStatus(status, {
      ordertype: order.ordertype,
      postOnly: order.oflags?.split(',').includes('post') === true,
    })
    if (error) throw error
  }
}

async function _currentStatus(ctx: _TraderContext, options: TraderCallOptions): Promise<string> {
  const live = ctx.publicUp ? ctx.live?.status : undefined
  if (live !== undefined) return live
  const cached = ctx.restStatus
  if (cached && Date.now() - cached.at < (ctx.options.statusTtl ?? 5000)) return cached.value.status
  return (await getSystemStatus(ctx, options)).status
}
