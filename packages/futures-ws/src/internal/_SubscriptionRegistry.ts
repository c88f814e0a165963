import type { KrakenError } from '@k/errors'
import { type FuturesFeed, isFuturesPrivateFeed } from '../FuturesFeed.js'
import type { FuturesSubscriptionEventMessage } from '../messages/FuturesEventMessage.js'

/** One active subscription as python-kraken-sdk lists it: one entry per product. */
export type FuturesSubscription = { event: 'subscribe'; feed: FuturesFeed; product_ids?: [string] }

type Kind = 'subscribe' | 'unsubscribe'
type Pending = {
  kind: Kind
  feed: FuturesFeed
  product: string | undefined
  /** True once the frame left the client; only sent requests can be matched by Kraken's answers without a feed. */
  sent: boolean
  /** Connection generation in which the frame was queued (so one request is never queued twice per connection). */
  queuedIn: number | undefined
  promise: Promise<FuturesSubscriptionEventMessage>
  resolve(ack: FuturesSubscriptionEventMessage): void
  reject(error: KrakenError): void
  timer: ReturnType<typeof setTimeout>
}

const keyOf = (feed: string, product: string | undefined) => `${feed}|${product ?? ''}`

/**
 * Active subscriptions (built from Kraken's `subscribed` / `unsubscribed` acks, like python-kraken-sdk) and the
 * requests still waiting for an answer. Kraken's acks name the feed and products, but `error` and `alert` answers do
 * not, so those are matched to the oldest request already sent (requests are answered in order).
 */
export class _SubscriptionRegistry {
  readonly #active = new Map<string, FuturesSubscription>()
  readonly #pending: Pending[] = []

  get active(): FuturesSubscription[] {
    return [...this.#active.values()].map((entry) => ({ ...entry }))
  }

  isActive(feed: string, product: string | undefined): boolean {
    return this.#active.has(keyOf(feed, product))
  }

  /** Registers a request (or returns the identical one already waiting). */
  track(kind: Kind, feed: FuturesFeed, product: string | undefined, timeoutMs: number, onTimeout: () => KrakenError) {
    const existing = this.#pending.find(
      (entry) => entry.kind === kind && keyOf(entry.feed, entry.product) === keyOf(feed, product),
    )
    if (existing) return { entry: existing, isNew: false }
    let resolve!: Pending['resolve']
    let reject!: Pending['reject']
    const promise = new Promise<FuturesSubscriptionEventMessage>((onResolve, onReject) => {
      resolve = onResolve
      reject = onReject
    })
    const entry: Pending = {
      kind,
      feed,
      product,
      sent: false,
      queuedIn: undefined,
      promise,
      resolve,
      reject,
      timer: undefined as never,
    }
    entry.timer = setTimeout(() => this.#settle(entry, onTimeout()), timeoutMs)
    this.#pending.push(entry)
    return { entry, isNew: true }
  }

  /** `subscribed` / `unsubscribed`: resolve the matching requests and update the active list. */
  onAck(message: FuturesSubscriptionEventMessage): void {
    const kind: Kind = message.event === 'subscribed' ? 'subscribe' : 'unsubscribe'
    const products = message.product_ids && message.product_ids.length > 0 ? message.product_ids : [undefined]
    for (const product of products) {
      const key = keyOf(message.feed, product)
      if (kind === 'subscribe') {
        this.#active.set(key, {
          event: 'subscribe',
          feed: message.feed,
          ...(product === undefined ? {} : { product_ids: [product] }),
        })
      } else {
        this.#active.delete(key)
      }
      const entry = this.#pending.find((item) => item.kind === kind && keyOf(item.feed, item.product) === key)
      if (entry) this.#settle(entry, undefined, message)
    }
  }

  /** `subscribed_failed` / `unsubscribed_failed`: reject the matching request (or the oldest of that feed). */
  onFailed(message: FuturesSubscriptionEventMessage, error: KrakenError): void {
    const kind: Kind = message.event === 'subscribed_failed' ? 'subscribe' : 'unsubscribe'
    const products = new Set(message.product_ids ?? [])
    const matches = this.#pending.filter(
      (entry) =>
        entry.sent &&
        entry.kind === kind &&
        entry.feed === message.feed &&
        (products.size === 0 || products.has(entry.product ?? '')),
    )
    for (const entry of matches.length > 0
      ? matches
      : this.#pending.filter((item) => item.sent && item.feed === message.feed).slice(0, 1)) {
      this.#settle(entry, error)
    }
  }

  /** An answer without feed (`error`, auth `alert`): rejects the oldest sent request (private ones only if asked). */
  rejectOldest(error: KrakenError, privateOnly = false): boolean {
    const entry = this.#pending.find((item) => item.sent && (!privateOnly || isFuturesPrivateFeed(item.feed)))
    if (entry) this.#settle(entry, error)
    return entry !== undefined
  }

  /**
   * The connection dropped: what Kraken knew is gone. Pending unsubscribes are done (nothing is subscribed on a new
   * connection); pending subscribes will be sent again. Returns what to replay: active plus pending subscriptions.
   */
  onDisconnect(): Array<{ feed: FuturesFeed; product: string | undefined }> {
    for (const entry of this.#pending.filter((item) => item.kind === 'unsubscribe')) {
      this.#active.delete(keyOf(entry.feed, entry.product))
      this.#settle(entry, undefined, {
        event: 'unsubscribed',
        feed: entry.feed,
        ...(entry.product === undefined ? {} : { product_ids: [entry.product] }),
      })
    }
    for (const entry of this.#pending) entry.sent = false
    const replay = new Map<string, { feed: FuturesFeed; product: string | undefined }>()
    for (const entry of this.#active.values())
      replay.set(keyOf(entry.feed, entry.product_ids?.[0]), { feed: entry.feed, product: entry.product_ids?.[0] })
    for (const entry of this.#pending)
      replay.set(keyOf(entry.feed, entry.product), { feed: entry.feed, product: entry.product })
    return [...replay.values()]
  }

  /** Subscribe requests still waiting (sent or not): they are (re)sent on every new connection. */
  pendingSubscribes(): Array<{ feed: FuturesFeed; product: string | undefined }> {
    return this.#pending.filter((entry) => entry.kind === 'subscribe').map(({ feed, product }) => ({ feed, product }))
  }

  /** Forgets one subscription (a replay that Kraken refused). */
  drop(feed: string, product: string | undefined): void {
    this.#active.delete(keyOf(feed, product))
  }

  rejectAll(error: KrakenError): void {
    for (const entry of [...this.#pending]) this.#settle(entry, error)
  }

  #settle(entry: Pending, error: KrakenError | undefined, ack?: FuturesSubscriptionEventMessage): void {
    const index = this.#pending.indexOf(entry)
    if (index === -1) return
    this.#pending.splice(index, 1)
    clearTimeout(entry.timer)
    if (error) entry.reject(error)
    else entry.resolve(ack!)
  }
}
