import type { KrakenError } from '@k/errors'
import { _dropWs } from './_dropWs.js'
import { _LiveMarket } from './_LiveMarket.js'
import { _setConnectionUp } from './_setConnectionUp.js'
import type { _TraderContext } from './_TraderContext.js'

/**
 * Opens the WS path (see `Trader.connect`): resolves with whether the authenticated connection is up; a failed
 * connect is emitted as `error` and REST keeps serving.
 */
export async function _connectWs(ctx: _TraderContext): Promise<{ ws: boolean }> {
  if (ctx.options.ws === false) return { ws: false }
  if (ctx.ws) return { ws: _wsUp(ctx) }
  const ws = ctx.createWs()
  ctx.ws = ws
  ws.on('open', (connection) => _setConnectionUp(ctx, connection, true))
  ws.on('close', (connection) => _setConnectionUp(ctx, connection, false))
  ws.on('error', (error) => {
    // Reconnects gave up (or close code 1008): this connection is gone for good; REST serves from now on.
    if (ws.exceptionOccur) {
      _setConnectionUp(ctx, 'private', false)
      _setConnectionUp(ctx, 'public', false)
    }
    ctx.emit('error', error)
  })
  ctx.live = new _LiveMarket(ws, ctx.options.bookDepth ?? 100, ctx.options.cacheWait ?? 2000, (error) =>
    ctx.emit('error', error),
  )
  try {
    await ws.connect()
  } catch (error) {
    await _dropWs(ctx)
    ctx.emit('error', error as KrakenError)
    return { ws: false }
  }
  return { ws: _wsUp(ctx) }
}

function _wsUp(ctx: _TraderContext): boolean {
  return ctx.privateUp && ctx.ws !== undefined
}
