import type { SubscribeParameters } from '../schemas/SubscribeParametersSchema.js'
import type { SpotWsMessage } from '../types/SpotWsMessage.js'
import type { WsConnectionName } from '../types/WsConnectionName.js'
import { _isTokenError } from './_isTokenError.js'
import { _routeFrame } from './_routeFrame.js'
import type { _SpotConnectionHooks } from './_SpotConnections.js'
import type { _SpotWsContext } from './_SpotWsContext.js'
import type { _Streams } from './_Streams.js'
import type { _Subscriptions } from './_Subscriptions.js'

/** The parts of a `SpotWsClient` its sockets report to (public methods go through the instance, for subclasses). */
export type _SpotClientParts = {
  subscriptions: _Subscriptions
  streams: _Streams
  hasRawListener(): boolean
  onMessage(message: SpotWsMessage, raw: string, name: WsConnectionName): void | Promise<void>
  subscribe(params: SubscribeParameters): Promise<unknown>
  /** A connection stopped for good (the client sets `exceptionOccur`). */
  onStopped(): void
}

/**
 * What a `SpotWsClient` does on its sockets' events: text frames are routed ({@link _routeFrame}; answers update
 * the subscriptions and the pending requests, and a token error fetches a fresh token), every (re)open of the
 * private socket fetches a fresh token, reconnects replay the acked subscriptions, and a terminal failure fails the
 * streams and is emitted as `error`.
 */
export function _spotConnectionHooks(ctx: _SpotWsContext, parts: _SpotClientParts): _SpotConnectionHooks {
  const targets = {
    hasRawListener: parts.hasRawListener,
    onAnswer: (message: Record<string, unknown>, name: WsConnectionName) => {
      if (message.method === 'subscribe' || message.method === 'unsubscribe') parts.subscriptions.onAck(message, name)
      if (message.success === false && _isTokenError(message.error)) void ctx.tokens?.refresh().catch(() => {})
      ctx.pending.handle(message)
    },
    onMessage: parts.onMessage,
    deliver: (message: Record<string, unknown>) => parts.streams.deliver(message),
  }
  return {
    onText: (text, name) => _routeFrame(ctx, targets, text, name),
    onOpen: async (name, isReconnect) => {
      // A fresh token on every private (re)connect (python-kraken-sdk does the same; tokens can expire silently).
      if (name === 'private') await ctx.tokens!.refresh()
      ctx.emit('open', name)
      if (isReconnect) parts.subscriptions.replay(name, parts.subscribe)
    },
    onFatal: (error) => {
      parts.onStopped()
      // Streams cannot continue on a connection that stopped for good: their loops throw this error.
      parts.streams.failAll(error)
      ctx.emit('error', error)
    },
  }
}
