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
  #stopMarket: (() => void) | undefined
  #heartbeat: ReturnType<typeof setInterval> | undefined

  constructor(
    readonly state: SimState,
    readonly market: WsMarket,
    readonly engine: WsEngine,
    /** The account key of a valid WS token (from REST GetWebSocketsToken), or undefined. */
    readonly validateToken: (token: unknown) => string | undefined,
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

  /** Listens to the market only while some connection has a market-data subscription. */
  refresh(): void {
    let needed = false
    for (const session of this.sessions) if (session.subscriptions.size > 0) needed = true
    if (needed && !this.#stopMarket) {
      this.#stopMarket = this.market.onChange((change) => {
        for (const session of this.sessions) {
          for (const subscription of session.subscriptions.values()) {
            if (subscription.symbol === change.symbol)
              CHANNELS.get(subscription.channel)?.onMarket?.(session, subscription, change)
          }
        }
      })
    } else if (!needed && this.#stopMarket) {
      this.#stopMarket()
      this.#stopMarket = undefined
    }
  }

  stop(): void {
    this.#stopMarket?.()
    this.#stopMarket = undefined
    if (this.#heartbeat) clearInterval(this.#heartbeat)
    this.#heartbeat = undefined
  }

  // Kraken sends `{"channel":"heartbeat"}` about once a second on connections with at least one subscription.
  #beat(): void {
    for (const session of this.sessions) if (session.subscriptions.size > 0) session.send('{"channel":"heartbeat"}')
  }
}
