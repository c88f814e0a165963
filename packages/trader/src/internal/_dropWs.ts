import { _setConnectionUp } from './_setConnectionUp.js'
import type { _TraderContext } from './_TraderContext.js'

/** Forgets the WS path (REST serves from now on) and closes the live cache and the WS client. */
export async function _dropWs(ctx: _TraderContext): Promise<void> {
  const ws = ctx.ws
  const live = ctx.live
  ctx.ws = undefined
  ctx.live = undefined
  _setConnectionUp(ctx, 'private', false)
  _setConnectionUp(ctx, 'public', false)
  await live?.close()
  await ws?.close()
}
