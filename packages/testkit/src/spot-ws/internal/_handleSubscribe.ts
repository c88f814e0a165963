import { _subscriptionKey } from './_SimSubscription.js'
import type { SimRequestContext, SpotWsSession } from './_SpotWsSession.js'
import { CHANNELS } from './channels/_channels.js'

/**
 * `subscribe` / `unsubscribe`: one ack per symbol (Kraken acks every symbol of a multi-symbol request separately),
 * then the snapshot unless `snapshot: false`. Private channels need a valid token on the auth endpoint.
 */
export function _handleSubscribe(session: SpotWsSession, context: SimRequestContext, params: unknown): void {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    session.failure(context, 'EGeneral:Invalid arguments:params')
    return
  }
  const request = params as Record<string, unknown>
  const channel = CHANNELS.get(String(request.channel))
  if (!channel) {
    session.failure(context, `Channel ${String(request.channel)} not found`)
    return
  }
  const extra: Record<string, unknown> = {}
  if (session.endpoint.isUnified) {
    // Unified WebSocket: every request names its asset class; this simulator serves the spot one.
    if (request.asset_class !== 'spot' && request.asset_class !== 'derivatives') {
      session.failure(context, 'EGeneral:Invalid arguments:asset_class')
      return
    }
    extra.asset_class = request.asset_class
  }
  const market =
    request.asset_class === 'derivatives' && session.endpoint.isUnified ? session.hub.derivatives : session.hub.market
  if (market !== session.hub.market && channel.isPrivate) {
    // kraken-sim streams derivatives market data only; account channels are served for spot.
    session.failure(
      context,
      `EGeneral:Invalid arguments:channel ${channel.name} is not served for derivatives by kraken-sim`,
    )
    return
  }
  if (channel.isPrivate) {
    if (!session.endpoint.isPrivate) {
      session.failure(context, 'EGeneral:Permission denied')
      return
    }
    const key = session.hub.validateToken(request.token)
    if (key === undefined) {
      session.failure(context, 'EAPI:Invalid token')
      return
    }
    session.key = key
  }
  const prepared = channel.prepare(request)
  if (typeof prepared === 'string') {
    session.failure(context, prepared)
    return
  }
  const wantsSnapshot = request.snapshot !== false
  const isSubscribe = context.method === 'subscribe'
  let symbols: Array<string | undefined> = [undefined]
  if (channel.needsSymbol) {
    if (
      !Array.isArray(request.symbol) ||
      request.symbol.length === 0 ||
      request.symbol.some((s) => typeof s !== 'string')
    ) {
      session.failure(context, 'EGeneral:Invalid arguments:symbol')
      return
    }
    symbols = request.symbol as string[]
  }
  for (const symbol of symbols) {
    const symbolField = symbol === undefined ? {} : { symbol }
    if (symbol !== undefined && !market.findPair(symbol)) {
      // Kraken quirk: the pair is appended to the message and repeated in a `symbol` field.
      session.failure(context, `Currency pair not supported ${symbol}`, { symbol })
      continue
    }
    const id = _subscriptionKey(channel.name, symbol)
    if (!isSubscribe) {
      const existing = session.subscriptions.get(id)
      if (!existing) {
        session.failure(context, 'Subscription Not Found', symbolField)
        continue
      }
      session.subscriptions.delete(id)
      const { snapshot: _snapshot, ...result } = existing.result
      session.success(context, result)
      continue
    }
    if (session.subscriptions.has(id)) {
      session.failure(context, 'Already subscribed', symbolField)
      continue
    }
    const result = { channel: channel.name, ...prepared.result, snapshot: wantsSnapshot, ...symbolField, ...extra }
    const subscription = { channel: channel.name, market, ...symbolField, ...prepared.fields, result }
    session.subscriptions.set(id, subscription)
    session.success(context, result)
    if (wantsSnapshot) channel.snapshot(session, subscription)
  }
  session.hub.refresh()
}
