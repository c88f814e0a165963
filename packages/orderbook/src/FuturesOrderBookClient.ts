import { KrakenError } from '@k/errors'
import {
  FuturesWsClient,
  type FuturesWsClientOptions,
  type FuturesWsClient as FuturesWsClientType,
} from '@k/futures-ws'
import * as v from 'valibot'
import { type FuturesBookDelta, type FuturesBookSnapshot, FuturesOrderBook } from './FuturesOrderBook.js'
import { _Emitter } from './internal/_Emitter.js'
import { _ResyncScheduler } from './internal/_ResyncScheduler.js'
import { _validate } from './internal/_validate.js'

/** Options of {@link FuturesOrderBookClient}. */
export type FuturesOrderBookClientOptions = {
  /** Futures WS v1 endpoint (e.g. kraken-sim's `futuresWsUrl`). Default Kraken's production endpoint. */
  readonly url?: string
  /** An existing FuturesWsClient to share (then not opened or closed here). */
  readonly ws?: FuturesWsClientType
  /** More options for the FuturesWsClient this client creates. */
  readonly wsOptions?: Omit<FuturesWsClientOptions, 'url'>
  /** Products subscribed by `connect()` (`PI_XBTUSD`, `PF_ETHUSD` …). */
  readonly productIds?: readonly string[]
  /** Keep at most this many levels per side (default: all Kraken sends). */
  readonly depth?: number
  /** Consecutive failed resyncs of one product before giving up. Default 5. */
  readonly maxResyncs?: number
  /** Delay (ms) between unsubscribe and resubscribe, doubled per consecutive failure (max 30 s). Default 250. */
  readonly resyncDelay?: number
}

/** Events of {@link FuturesOrderBookClient}. */
export type FuturesOrderBookClientEvents = {
  /** A product's book changed (in sequence). */
  update: (productId: string, book: FuturesOrderBook) => void
  /** A product's book is being rebuilt (unsubscribe + resubscribe) because of `reason` (a `seq` gap). */
  resync: (productId: string, reason: string) => void
  /** Failed (re)subscribes, or `maxResyncs` consecutive gaps. */
  error: (error: KrakenError) => void
}

const optionsSchema = v.object({
  url: v.optional(v.string()),
  productIds: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  depth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  maxResyncs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  resyncDelay: v.optional(v.pipe(v.number(), v.minValue(0))),
})
const productIdsSchema = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))

function check<T>(schema: v.GenericSchema<T>, value: unknown, field: string): T {
  return _validate(schema, value, 'FuturesOrderBookClient', field)
}

type ProductState = {
  readonly book: FuturesOrderBook
  failures: number
  resyncing: boolean
  timer: ReturnType<typeof setTimeout> | undefined
}

/**
 * Keeps Kraken Futures (Derivatives WS v1) order books from `book_snapshot` + `book` deltas. Futures books have no
 * checksum (Kraken quirk), so it watches `seq`: on a gap it unsubscribes and resubscribes the product by itself
 * (bounded, with backoff) and reports it through `resync`. After a reconnect FuturesWsClient replays the
 * subscription and the new snapshots rebuild the books. Note: Kraken decommissions this API on 1 March 2027.
 *
 * Python: none (python-kraken-sdk's `FuturesWSClient` hands out raw messages).
 * @see https://docs.kraken.com/api/docs/futures-api/websocket/book
 * @example
 * ```ts
 * const client = new FuturesOrderBookClient({ productIds: ['PI_XBTUSD'] })
 * client.on('update', (productId, book) => console.log(productId, book.bestBid(), book.bestAsk()))
 * await client.connect()
 * ```
 */
export class FuturesOrderBookClient extends _Emitter<FuturesOrderBookClientEvents> {
  /** The FuturesWsClient underneath. */
  readonly ws: FuturesWsClientType
  /** Resyncs started so far (all products). */
  resyncs = 0
  readonly #ownsWs: boolean
  readonly #productIds: readonly string[]
  readonly #depth: number | undefined
  readonly #resyncer: _ResyncScheduler<{ feed: 'book'; product_ids: string[] }>
  readonly #books = new Map<string, ProductState>()
  #closed = false

  constructor(options: FuturesOrderBookClientOptions = {}) {
    super()
    check(optionsSchema, { ...options, ws: undefined, wsOptions: undefined }, 'options')
    this.#productIds = options.productIds ?? []
    this.#depth = options.depth
    this.#resyncer = new _ResyncScheduler({
      maxResyncs: options.maxResyncs,
      resyncDelay: options.resyncDelay,
      subscribe: (params) => this.ws.subscribe(params),
      unsubscribe: (params) => this.ws.unsubscribe(params),
      onError: (error) => this.emit('error', error),
    })
    this.#ownsWs = options.ws === undefined
    this.ws =
      options.ws ??
      new FuturesWsClient({ ...options.wsOptions, ...(options.url === undefined ? {} : { url: options.url }) })
    this.#attach()
  }

  /** Listens to the FuturesWsClient (idempotent). */
  #attach(): void {
    this.ws.on('message', this.#onMessage)
    this.ws.on('close', this.#onClose)
    this.ws.on('reconnected', this.#onReconnected)
  }

  /** Opens the connection (unless shared) and subscribes `productIds` from the options. */
  async connect(): Promise<void> {
    this.#closed = false
    this.#attach()
    if (this.#ownsWs) await this.ws.connect()
    if (this.#productIds.length > 0) await this.addBook(this.#productIds)
  }

  /** Stops timers, forgets the books and closes the connection (a shared one: unsubscribes its products). */
  async close(): Promise<void> {
    this.#closed = true
    for (const state of this.#books.values()) clearTimeout(state.timer)
    const ids = [...this.#books.keys()]
    this.#books.clear()
    if (!this.#ownsWs && ids.length > 0) {
      await this.ws.unsubscribe({ feed: 'book', product_ids: ids }).catch(() => {
        // Already gone (connection down): nothing left to release.
      })
    }
    this.ws.off('message', this.#onMessage)
    this.ws.off('close', this.#onClose)
    this.ws.off('reconnected', this.#onReconnected)
    if (this.#ownsWs) await this.ws.close()
  }

  /** Subscribes the `book` feed of `productIds` and keeps their books. */
  async addBook(productIds: readonly string[]): Promise<void> {
    const ids = check(productIdsSchema, productIds, 'productIds')
    for (const id of ids) {
      if (!this.#books.has(id)) {
        const book = new FuturesOrderBook(
          this.#depth === undefined ? { productId: id } : { depth: this.#depth, productId: id },
        )
        this.#books.set(id, { book, failures: 0, resyncing: false, timer: undefined })
      }
    }
    await this.ws.subscribe({ feed: 'book', product_ids: [...ids] })
  }

  /** Unsubscribes `productIds` and drops their books. */
  async removeBook(productIds: readonly string[]): Promise<void> {
    const ids = check(productIdsSchema, productIds, 'productIds')
    for (const id of ids) {
      clearTimeout(this.#books.get(id)?.timer)
      this.#books.delete(id)
    }
    await this.ws.unsubscribe({ feed: 'book', product_ids: [...ids] })
  }

  /** The product's book (check `valid`), or undefined. */
  get(productId: string): FuturesOrderBook | undefined {
    return this.#books.get(productId)?.book
  }

  readonly #onMessage = (message: unknown): void => {
    // FuturesWsClient rethrows listener errors outside the emitter: report them as `error` events instead.
    try {
      this.#handle(message)
    } catch (error) {
      this.emit('error', error as KrakenError)
    }
  }

  #handle(message: unknown): void {
    const m = message as { feed?: unknown; product_id?: unknown; event?: unknown }
    if (m.event !== undefined || typeof m.product_id !== 'string') return
    const state = this.#books.get(m.product_id)
    if (state === undefined) return
    if (m.feed === 'book_snapshot') {
      state.book.applySnapshot(message as FuturesBookSnapshot)
      state.resyncing = false
      state.failures = 0
      this.emit('update', m.product_id, state.book)
    } else if (m.feed === 'book') {
      if (state.resyncing) return
      const delta = message as FuturesBookDelta
      const before = state.book.seq
      if (state.book.applyDelta(delta) === 'ok') {
        if (state.book.seq === delta.seq) this.emit('update', m.product_id, state.book)
      } else this.#resync(m.product_id, state, `seq gap: expected ${(before ?? Number.NaN) + 1}, got ${delta.seq}`)
    }
  }

  readonly #onClose = (): void => {
    // FuturesWsClient replays the subscriptions after reconnecting; the new snapshots rebuild the books.
    for (const state of this.#books.values()) state.book.valid = false
  }

  readonly #onReconnected = (): void => {
    const ids = this.#resyncer.takeAfterReconnect((id) => this.#books.get(id)?.resyncing === true)
    if (ids.length === 0) return
    this.ws
      .subscribe({ feed: 'book', product_ids: ids })
      .catch((error: unknown) => this.emit('error', error as KrakenError))
  }

  #resync(productId: string, state: ProductState, reason: string): void {
    state.resyncing = true
    if (!this.#resyncer.countFailure(state)) {
      this.emit(
        'error',
        new KrakenError(`The ${productId} book had ${state.failures} seq gaps in a row; gave up.`, {
          code: 'EFutures:seq gap',
          category: 'protocol',
          details: { productId, reason },
        }),
      )
      return
    }
    this.resyncs++
    this.emit('resync', productId, reason)
    this.#resyncer.schedule(
      productId,
      state,
      { feed: 'book', product_ids: [productId] },
      {
        stillWanted: () => !this.#closed && this.#books.get(productId) === state,
        stillNeeded: () => state.resyncing,
      },
    )
  }
}
