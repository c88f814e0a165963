import type { KrakenError } from '@k/errors'
import type { FuturesFeed } from '../FuturesFeed.js'
import type { FuturesWsClientEvents } from '../FuturesWsClientEvents.js'
import type { _Challenge } from './_Challenge.js'
import type { Pacer } from './_createPacer.js'
import type { _FuturesSocket } from './_FuturesSocket.js'
import type { _Keepalive } from './_Keepalive.js'
import type { _SubscriptionRegistry } from './_SubscriptionRegistry.js'

/**
 * The mutable connection state of one `FuturesWsClient`, shared with the internal modules it delegates to. Held in
 * a `#private` field of the client. `generation` grows with every socket (and on close): a callback of an older
 * socket compares it and does nothing.
 */
export type _FuturesWsState = {
  readonly options: {
    readonly pingInterval: number
    readonly requestTimeout: number
    readonly maxReconnects: number
    readonly initialBackoff: number
    readonly maxBackoff: number
    readonly streamHighWaterMark: number
  }
  readonly pacer: Pacer
  readonly keepalive: _Keepalive
  registry: _SubscriptionRegistry
  challenge: _Challenge | undefined
  socket: _FuturesSocket | undefined
  generation: number
  status: 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed'
  hasConnected: boolean
  attempt: number
  /** Subscriptions to send again on the next open (after a disconnect). */
  replay: Array<{ feed: FuturesFeed; product: string | undefined }>
  reconnectTimer: ReturnType<typeof setTimeout> | undefined
  connecting: { promise: Promise<void>; resolve(): void; reject(error: KrakenError): void } | undefined
  emit<E extends keyof FuturesWsClientEvents>(event: E, ...args: FuturesWsClientEvents[E]): void
}
