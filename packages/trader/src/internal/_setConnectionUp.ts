import type { _TraderContext } from './_TraderContext.js'

/** Records whether the public or authenticated WS connection is up; emits `ws` when the authenticated one changes. */
export function _setConnectionUp(ctx: _TraderContext, connection: 'public' | 'private', up: boolean): void {
  if (connection === 'public') {
    ctx.publicUp = up
    return
  }
  if (ctx.privateUp === up) return
  ctx.privateUp = up
  ctx.emit('ws', up)
}
