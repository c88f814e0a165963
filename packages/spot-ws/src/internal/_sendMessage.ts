import { _checkOutgoing } from './_checkOutgoing.js'
import { _jsonWithDecimals } from './_jsonWithDecimals.js'
import type { _SpotWsContext } from './_SpotWsContext.js'
import { _spotDecimalKeys } from './_spotDecimalKeys.js'

/**
 * `SpotWsClient.send` (python `send_message`): private methods and private channels go over the authenticated
 * connection with the token added to `params`, unless `raw` (sent exactly as given). `ohlcv` is sent as `ohlc`.
 */
export async function _sendMessage(ctx: _SpotWsContext, message: Record<string, unknown>, raw: boolean): Promise<void> {
  const isPrivate = _checkOutgoing(message, ctx.isAuthenticated())
  let params = message.params as Record<string, unknown> | undefined
  let outgoing = message
  if (!raw) {
    if (params?.channel === 'ohlcv') params = { ...params, channel: 'ohlc' }
    if (isPrivate) params = { ...params, token: await ctx.tokens!.get() }
    outgoing = params === undefined ? message : { ...message, params }
  }
  ctx.connections.pick(isPrivate).send(_jsonWithDecimals(outgoing, _spotDecimalKeys))
}
