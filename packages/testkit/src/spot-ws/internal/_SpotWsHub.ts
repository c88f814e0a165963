import type { SimState } from '../../state/SimState.js'
import type { SpotWsSession } from './_SpotWsSession.js'
import type { WsEngine } from './_WsEngine.js'
import type { WsMarket } from './_WsMarket.js'
import { CHANNELS } from './channels/_channels.js'

/**
 * Shared state of the Spot WS endpoints of one simulator: the market and engine seams, every open connection, and
 * the fan-out of market ticks, engine events and heartbeats to the subscribed connections.
 */
export class SpotWsHub {
  readonly sessions = new Set<SpotWsSession>()
  #connectionId = 0
  readonly #listening = new Map<WsMarket, () => void>()
  #derivatives: WsMarket | undefined
  #heartbeat: ReturnType<typeof setInterval> | undefined

  constructor(
    readonly state: SimState,
    readonly market: WsMarket,
    readonly engine: WsEngine,
    /** The account key of a valid WS token (from REST GetWebSocketsToken), or undefined. */
    readonly validateToken: (token: unknown) => string | undefined,
    /** The derivatives market of the Unified WebSocket, created on first use. */
    readonly createDerivativesMarket: () => WsMarket,
  ) {
    engine.onEvent((event) => {
      for (const session of this.sessions) {
        for (const subscription of session.subscriptions.values()) {
          CHANNELS.get(subscription.channel)?.onEngine?.(session, subscription, event)
        }
      }
    })
    state.closers.push(() => this.stop())
  }

  nextConnectionId(): number {
    return ++this.#connectionId
  }

  add(session: SpotWsSession): void {
    this.sessions.add(session)
    this.#heartbeat ??= setInterval(() => this.#beat(), 1000)
    this.#heartbeat.unref?.()
  }

  remove(session: SpotWsSession): void {
    session.closed = true
    this.sessions.delete(session)
    this.refresh()
    if (this.sessions.size === 0 && this.#heartbeat) {
      clearInterval(this.#heartbeat)
      this.#heartbeat = undefined
    }
  }

  /** The derivatives market (Unified WebSocket, `asset_class: 'derivatives'`). */
  get derivatives(): WsMarket {
    this.#derivatives ??= this.createDerivativesMarket()
    return this.#derivatives
  }

  /** Listens to each market only while some connection has a subscription on it. */
  refresh(): void {
    const needed = new Set<WsMarket>()
    for (const session of this.sessions)
      for (const subscription of session.subscriptions.values()) needed.add(subscription.market)
    for (const market of needed) {
      if (this.#listening.has(market)) continue
      const stop = market.onChange((change) => {
        for (const session of this.sessions) {
          for (const subscription of session.subscriptions.values()) {
            if (subscription.market === market && subscription.symbol === change.symbol) {
              CHANNELS.get(subscription.channel)?.onMarket?.(session, subscription, change)
            }
          }
        }
      })
      this.#listening.set(market, stop)
    }
    for (const [market, stop] of this.#listening) {
      if (needed.has(market)) continue
      stop()
      this.#listening.delete(market)
    }
  }

  stop(): void {
    for (const stop of this.#listening.values()) stop()
    this.#listening.clear()
    if (this.#heartbeat) clearInterval(this.#heartbeat)
    this.#heartbeat = undefined
  }

  // Kraken sends `{"channel":"heartbeat"}` about once a second on connections with at least one subscription.
  #beat(): void {
    for (const session of this.sessions) if (session.subscriptions.size > 0) session.send('{"channel":"heartbeat"}')
  }
}
