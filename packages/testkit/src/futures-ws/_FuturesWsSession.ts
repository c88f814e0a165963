import { randomUUID, timingSafeEqual } from 'node:crypto'
import { signFuturesChallengeSync } from '@k/signing'
import type { WebSocket } from 'ws'
import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { SimFaults } from '../state/SimFaults.js'
import type { SimState } from '../state/SimState.js'
import type { _Engine } from './_engine.js'
import { _OutboundGate } from './_OutboundGate.js'
import { _privateFeed } from './_privateFeed.js'
import { _publicFeed } from './_publicFeed.js'

const PUBLIC_FEEDS = new Set(['trade', 'book', 'ticker', 'ticker_lite', 'heartbeat'])
const PRIVATE_FEEDS = new Set([
  'fills',
  'open_positions',
  'open_orders',
  'open_orders_verbose',
  'balances',
  'deposits_withdrawals',
  'account_balances_and_margins',
  'account_log',
  'notifications_auth',
])
/** Kraken's answer to a private request whose key, challenge or signature is wrong (an `alert`, not an `error`). */
const AUTH_FAILED = { event: 'alert', message: 'Failed to subscribe to authenticated feed' }
const JSON_ERROR = { event: 'error', message: 'Json Error' }

type Request = {
  event?: unknown
  feed?: unknown
  product_ids?: unknown
  api_key?: unknown
  original_challenge?: unknown
  signed_challenge?: unknown
}

/** One Futures WS v1 connection: challenge issuing, subscribe/unsubscribe, feeds, faults. */
export class _FuturesWsSession {
  readonly #state: SimState
  readonly #engine: _Engine
  readonly #gate: _OutboundGate
  /** Challenges issued on this connection → the api_key that asked for it. */
  readonly #challenges = new Map<string, string>()
  /** `feed|product` → stop function. */
  readonly #feeds = new Map<string, () => void>()

  constructor(state: SimState, engine: _Engine, socket: WebSocket, faults: SimFaults) {
    this.#state = state
    this.#engine = engine
    this.#gate = new _OutboundGate(socket, faults)
    socket.on('message', (data, isBinary) => this.#onText(isBinary ? '' : String(data)))
    socket.on('close', () => this.#stopAll())
    socket.on('error', () => this.#stopAll())
    // Kraken greets every connection with its protocol version.
    this.#gate.send({ event: 'info', version: 1 })
  }

  #onText(text: string): void {
    let request: Request
    try {
      request = JSON.parse(text) as Request
      if (typeof request !== 'object' || request === null || Array.isArray(request))
        throw new TypeError('not an object')
    } catch {
      this.#gate.send(JSON_ERROR)
      return
    }
    try {
      if (request.event === 'challenge') this.#challenge(request)
      else if (request.event === 'subscribe' || request.event === 'unsubscribe') this.#subscription(request)
      else this.#gate.send(JSON_ERROR)
    } catch {
      // A simulator bug must never kill the connection or the process.
      this.#gate.send(JSON_ERROR)
    }
  }

  #challenge(request: Request): void {
    if (typeof request.api_key !== 'string' || request.api_key === '') {
      this.#gate.send(JSON_ERROR)
      return
    }
    // Like Kraken, a challenge is issued for any key; a wrong key only fails at subscribe time.
    const challenge = randomUUID()
    this.#challenges.set(challenge, request.api_key)
    this.#state.requestLog.record(request.api_key, 'WS /ws/v1 challenge')
    this.#gate.send({ event: 'challenge', message: challenge })
  }

  #subscription(request: Request): void {
    const event = request.event as 'subscribe' | 'unsubscribe'
    const feed = request.feed
    if (typeof feed !== 'string' || (!PUBLIC_FEEDS.has(feed) && !PRIVATE_FEEDS.has(feed))) {
      this.#gate.send({ event: 'error', message: 'Invalid feed' })
      return
    }
    if (PRIVATE_FEEDS.has(feed)) {
      const account = this.#authenticate(request)
      this.#state.requestLog.record(
        typeof request.api_key === 'string' ? request.api_key : undefined,
        `WS /ws/v1 ${event} ${feed}`,
      )
      if (!account) {
        this.#gate.send(AUTH_FAILED)
        return
      }
      this.#apply(
        event,
        feed,
        [undefined],
        () => ({ event: `${event}d`, feed }),
        (key) => {
          this.#feeds.set(key, _privateFeed(this.#engine, this.#gate, feed, account))
        },
      )
      return
    }
    this.#state.requestLog.record(undefined, `WS /ws/v1 ${event} ${feed}`)
    let products: Array<string | undefined> = [undefined]
    if (feed !== 'heartbeat') {
      const ids = request.product_ids
      if (!Array.isArray(ids) || ids.length === 0) {
        this.#gate.send({ event: `${event}d_failed`, feed, product_ids: [] })
        return
      }
      if (!ids.every((id) => typeof id === 'string' && this.#engine.market.get(id))) {
        this.#gate.send({ event: 'error', message: 'Invalid product id' })
        return
      }
      products = ids as string[]
    }
    const ack = () => ({ event: `${event}d`, feed, ...(feed === 'heartbeat' ? {} : { product_ids: products }) })
    this.#apply(event, feed, products, ack, (key, product) => {
      this.#feeds.set(key, _publicFeed(this.#engine, this.#gate, feed, product))
    })
  }

  #apply(
    event: 'subscribe' | 'unsubscribe',
    feed: string,
    products: Array<string | undefined>,
    ack: () => Record<string, unknown>,
    start: (key: string, product: string | undefined) => void,
  ): void {
    const keys = products.map((product) => `${feed}|${product?.toUpperCase() ?? ''}`)
    if (event === 'unsubscribe') {
      if (!keys.every((key) => this.#feeds.has(key))) {
        this.#gate.send({ ...ack(), event: 'unsubscribed_failed' })
        return
      }
      for (const key of keys) this.#stop(key)
      this.#gate.send(ack())
      return
    }
    if (keys.some((key) => this.#feeds.has(key))) {
      this.#gate.send({ event: 'alert', message: 'Already subscribed to feed, re-requesting' })
      for (const key of keys) this.#stop(key)
    }
    this.#gate.send(ack())
    for (const [index, product] of products.entries()) start(keys[index]!, product)
  }

  #authenticate(request: Request): FuturesAccount | undefined {
    const { api_key: key, original_challenge: challenge, signed_challenge: signed } = request
    if (typeof key !== 'string' || typeof challenge !== 'string' || typeof signed !== 'string') return undefined
    if (this.#challenges.get(challenge) !== key) return undefined
    const spotKey = this.#state.futuresKeys.get(key)
    const secret = spotKey === undefined ? undefined : this.#state.accounts.get(spotKey)?.futuresSecret
    if (!secret) return undefined
    const expected = Buffer.from(signFuturesChallengeSync({ secret, challenge }))
    const received = Buffer.from(signed)
    if (expected.length !== received.length || !timingSafeEqual(expected, received)) return undefined
    return this.#engine.account(key)
  }

  #stop(key: string): void {
    this.#feeds.get(key)?.()
    this.#feeds.delete(key)
  }

  #stopAll(): void {
    for (const key of [...this.#feeds.keys()]) this.#stop(key)
  }
}
