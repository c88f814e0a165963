import { KrakenChecksumError, type KrakenError } from '@k/errors'
import { SpotWsClient, type SpotWsClientOptions, type SpotWsMessage, type WsConnectionName } from '@k/spot-ws'
import * as v from 'valibot'
import { _Emitter } from './internal/_Emitter.js'
import { _ResyncScheduler } from './internal/_ResyncScheduler.js'
import { _validate as validate } from './internal/_validate.js'
import { OrderBook } from './OrderBook.js'
import { parseBookFrame } from './parseBookFrame.js'
import type { BookMessage } from './types.js'

/** The book depths Kraken's WS v2 `book` channel accepts. */
export const BOOK_DEPTHS = [10, 25, 100, 500, 1000] as const

/** What {@link SpotOrderBookClient.onBookUpdate} and the `callback` receive: the message, or python's error notice. */
export type BookUpdateMessage = BookMessage | { readonly error: string }

/** Options of {@link SpotOrderBookClient}. */
export type SpotOrderBookClientOptions = {
  /** Book depth for every pair of this client (python: one depth per instance). Default 10. */
  readonly depth?: (typeof BOOK_DEPTHS)[number]
  /** Spot WS v2 public endpoint (e.g. kraken-sim's `wsUrl`). Default `wss://ws.kraken.com/v2`. */
  readonly url?: string
  /** An existing SpotWsClient to share (its connection is then not opened or closed by this client). */
  readonly ws?: SpotWsClient
  /** More options for the SpotWsClient this client creates (WebSocket implementation, reconnect backoff …). */
  readonly wsOptions?: Omit<SpotWsClientOptions, 'url' | 'callback'>
  /** Pairs subscribed by `connect()` (WS v2 names: `BTC/USD`). */
  readonly pairs?: readonly string[]
  /** python `callback(pair, message)`: called after every book message (sync or async). */
  readonly callback?: (pair: string, message: BookUpdateMessage) => void | Promise<void>
  /** Consecutive failed resyncs of one pair before giving up with KrakenChecksumError. Default 5. */
  readonly maxResyncs?: number
  /** Delay (ms) between unsubscribe and resubscribe, doubled per consecutive failure (max 30 s). Default 250. */
  readonly resyncDelay?: number
}

/** Events of {@link SpotOrderBookClient}. */
export type SpotOrderBookClientEvents = {
  /** A pair's book changed and its checksum matched. */
  update: (pair: string, book: OrderBook) => void
  /** A pair's book is being rebuilt (unsubscribe + resubscribe) because of `reason`. */
  resync: (pair: string, reason: string) => void
  /** KrakenChecksumError after `maxResyncs` consecutive failures, failed (re)subscribes, callback errors. */
  error: (error: KrakenError) => void
}

const optionsSchema = v.object({
  depth: v.optional(v.picklist(BOOK_DEPTHS)),
  url: v.optional(v.string()),
  pairs: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  maxResyncs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  resyncDelay: v.optional(v.pipe(v.number(), v.minValue(0))),
})
const pairsSchema = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))

type PairState = {
  readonly book: OrderBook
  /** Updates are ignored until a fresh snapshot arrives (after a mismatch, a reconnect or before the first one). */
  awaitingSnapshot: boolean
  /** Consecutive resyncs without a valid snapshot in between. */
  failures: number
  timer: ReturnType<typeof setTimeout> | undefined
}

/**
 * Keeps Kraken Spot WS v2 order books for many pairs, verifying the CRC32 checksum of the snapshot and of every
 * update from each frame's exact text (no REST call, no precision table). On a mismatch it unsubscribes and
 * resubscribes the pair by itself (bounded, with backoff) and reports it through `resync`; after a reconnect the
 * books are rebuilt from the new snapshots. python-kraken-sdk parity: `addBook`, `removeBook`, `get`, `depth`,
 * `onBookUpdate` / `callback`.
 *
 * Python: `kraken.spot.SpotOrderBookClient`.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * ```ts
 * const client = new SpotOrderBookClient({ depth: 10 })
 * client.on('update', (pair, book) => console.log(pair, book.bestBid(), book.bestAsk(), book.valid))
 * client.on('resync', (pair, reason) => console.warn('resync', pair, reason))
 * await client.connect()
 * await client.addBook(['BTC/USD', 'ETH/USD'])
 * ```
 */
export class SpotOrderBookClient extends _Emitter<SpotOrderBookClientEvents> {
  /** The SpotWsClient underneath (created here unless `ws` was given). */
  readonly ws: SpotWsClient
  /** Resyncs started so far (all pairs). */
  resyncs = 0
  readonly #depth: (typeof BOOK_DEPTHS)[number]
  readonly #ownsWs: boolean
  readonly #pairs: readonly string[]
  readonly #callback: SpotOrderBookClientOptions['callback']
  readonly #resyncer: _ResyncScheduler<{ channel: 'book'; symbol: string[]; depth: (typeof BOOK_DEPTHS)[number] }>
  readonly #books = new Map<string, PairState>()
  #closed = false

  constructor(options: SpotOrderBookClientOptions = {}) {
    super()
    validate(
      optionsSchema,
      { ...options, ws: undefined, wsOptions: undefined, callback: undefined },
      'SpotOrderBookClient',
      'options',
    )
    this.#depth = options.depth ?? 10
    this.#pairs = options.pairs ?? []
    this.#callback = options.callback
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
      new SpotWsClient({ ...options.wsOptions, ...(options.url === undefined ? {} : { url: options.url }) })
    this.#attach()
  }

  /** Listens to the SpotWsClient (idempotent: listener sets ignore duplicates). */
  #attach(): void {
    this.ws.on('message', this.#onMessage)
    this.ws.on('close', this.#onClose)
    this.ws.on('reconnected', this.#onReconnected)
  }

  /** The fixed depth of every book of this client (python `depth`). */
  get depth(): number {
    return this.#depth
  }

  /** Opens the connection (unless a shared `ws` was given) and subscribes `pairs` from the options. */
  async connect(): Promise<void> {
    this.#closed = false
    this.#attach()
    if (this.#ownsWs) await this.ws.connect()
    if (this.#pairs.length > 0) await this.addBook(this.#pairs)
  }

  /** Stops resync timers, forgets every book and closes the connection (a shared one: unsubscribes its pairs). */
  async close(): Promise<void> {
    this.#closed = true
    for (const state of this.#books.values()) clearTimeout(state.timer)
    const pairs = [...this.#books.keys()]
    this.#books.clear()
    if (!this.#ownsWs && pairs.length > 0) {
      await this.ws.unsubscribe({ channel: 'book', symbol: pairs, depth: this.#depth }).catch(() => {
        // Already gone (connection down): nothing left to release.
      })
    }
    this.ws.off('message', this.#onMessage)
    this.ws.off('close', this.#onClose)
    this.ws.off('reconnected', this.#onReconnected)
    if (this.#ownsWs) await this.ws.close()
  }

  /**
   * Subscribes to the `book` channel of `pairs` at this client's depth and keeps their books (python `add_book`).
   * Resolves when Kraken acknowledged the subscription.
   */
  async addBook(pairs: readonly string[]): Promise<void> {
    const symbols = validate(pairsSchema, pairs, 'addBook', 'pairs')
    if (!this.#closed) this.#attach()
    for (const pair of symbols) {
      if (!this.#books.has(pair)) {
        this.#books.set(pair, {
          book: new OrderBook({ depth: this.#depth, symbol: pair }),
          awaitingSnapshot: true,
          failures: 0,
          timer: undefined,
        })
      }
    }
    await this.ws.subscribe({ channel: 'book', symbol: [...symbols], depth: this.#depth })
  }

  /** Unsubscribes `pairs` and drops their books (python `remove_book`). */
  async removeBook(pairs: readonly string[]): Promise<void> {
    const symbols = validate(pairsSchema, pairs, 'removeBook', 'pairs')
    for (const pair of symbols) {
      clearTimeout(this.#books.get(pair)?.timer)
      this.#books.delete(pair)
    }
    await this.ws.unsubscribe({ channel: 'book', symbol: [...symbols], depth: this.#depth })
  }

  /** The pair's book (check `valid`), or undefined when the pair is not subscribed (python `get`). */
  get(pair: string): OrderBook | undefined {
    return this.#books.get(pair)?.book
  }

  /** Pairs this client keeps books for. */
  get pairs(): string[] {
    return [...this.#books.keys()]
  }

  /**
   * Called after every book message of a pair, and with `{ error }` when a resync starts (python
   * `on_book_update`). Calls the `callback` option; override it in a subclass instead if you prefer.
   */
  onBookUpdate(pair: string, message: BookUpdateMessage): void | Promise<void> {
    return this.#callback?.(pair, message)
  }

  #notify(pair: string, message: BookUpdateMessage): void {
    try {
      const result = this.onBookUpdate(pair, message)
      if (result && typeof (result as Promise<void>).then === 'function') {
        ;(result as Promise<void>).catch((error: unknown) => this.emit('error', error as KrakenError))
      }
    } catch (error) {
      this.emit('error', error as KrakenError)
    }
  }

  readonly #onMessage = (message: SpotWsMessage, raw: string): void => {
    if ((message as { channel?: unknown }).channel !== 'book') return
    // Kraken quirk: the frame's numbers carry trailing zeros the checksum needs; `raw` is the exact frame text.
    const frame = parseBookFrame(raw)
    if (frame === undefined) return
    for (const data of frame.data) {
      const pair = data.symbol
      const state = pair === undefined ? undefined : this.#books.get(pair)
      if (pair === undefined || state === undefined) continue
      let ok: boolean
      if (frame.type === 'snapshot') {
        ok = state.book.applySnapshot(data)
        state.awaitingSnapshot = !ok
        if (ok) state.failures = 0
      } else {
        if (state.awaitingSnapshot) continue
        ok = state.book.applyUpdate(data)
      }
      const single: BookMessage = frame.data.length === 1 ? frame : { ...frame, data: [data] }
      if (ok) {
        this.emit('update', pair, state.book)
        this.#notify(pair, single)
      } else {
        this.#notify(pair, single)
        this.#resync(
          pair,
          state,
          `checksum mismatch on ${frame.type} (Kraken sent ${data.checksum}, book has ${state.book.checksum()})`,
        )
      }
    }
  }

  readonly #onClose = (connection: WsConnectionName): void => {
    if (connection !== 'public') return
    // After a reconnect SpotWsClient replays the subscriptions; each pair's new snapshot rebuilds its book.
    for (const state of this.#books.values()) {
      state.awaitingSnapshot = true
      state.book.valid = false
    }
  }

  readonly #onReconnected = (info: { connection: WsConnectionName }): void => {
    if (info.connection !== 'public') return
    const pairs = this.#resyncer.takeAfterReconnect((pair) => this.#books.get(pair)?.awaitingSnapshot === true)
    if (pairs.length === 0) return
    this.ws
      .subscribe({ channel: 'book', symbol: pairs, depth: this.#depth })
      .catch((error: unknown) => this.emit('error', error as KrakenError))
  }

  #resync(pair: string, state: PairState, reason: string): void {
    state.awaitingSnapshot = true
    if (!this.#resyncer.countFailure(state)) {
      this.emit(
        'error',
        new KrakenChecksumError(`The ${pair} book failed its checksum ${state.failures} times in a row; gave up.`, {
          details: { pair, depth: this.#depth, reason },
        }),
      )
      return
    }
    this.resyncs++
    this.emit('resync', pair, reason)
    this.#notify(pair, { error: `Checksum mismatch - resubscribing to the orderbook for ${pair}` })
    this.#resyncer.schedule(
      pair,
      state,
      { channel: 'book', symbol: [pair], depth: this.#depth },
      {
        stillWanted: () => !this.#closed && this.#books.get(pair) === state,
        stillNeeded: () => state.awaitingSnapshot,
      },
    )
  }
}
