import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import { decimalMid, decimalSub, numberText } from './internal/_decimal.js'
import { Level, searchLevel } from './internal/_Level.js'
import type { BookLevel } from './types.js'

/** A Futures WS v1 `book_snapshot` message. */
export type FuturesBookSnapshot = {
  readonly feed: 'book_snapshot'
  readonly product_id: string
  readonly seq: number
  readonly timestamp?: number
  readonly bids: readonly { readonly price: number | string; readonly qty: number | string }[]
  readonly asks: readonly { readonly price: number | string; readonly qty: number | string }[]
}

/** A Futures WS v1 `book` delta: one level of one side; `qty` 0 deletes the level. */
export type FuturesBookDelta = {
  readonly feed: 'book'
  readonly product_id: string
  readonly side: 'buy' | 'sell'
  readonly seq: number
  readonly price: number | string
  readonly qty: number | string
  readonly timestamp?: number
}

/** Options of {@link FuturesOrderBook}. */
export type FuturesOrderBookOptions = {
  /** Keep at most this many levels per side (default: everything Kraken sends). */
  readonly depth?: number
  readonly productId?: string
}

const optionsSchema = v.object({
  depth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  productId: v.optional(v.string()),
})

/**
 * A Kraken Futures (Derivatives WS v1) order book built from `book_snapshot` plus per-level `book` deltas. Futures
 * books carry no checksum (Kraken quirk); integrity comes from `seq`, which increases by one per message of a
 * product's book subscription, so a missing number means a lost delta. {@link FuturesOrderBook.applyDelta} returns
 * `'gap'` then (and the book turns invalid until the next snapshot); ccxt ignores `seq` entirely.
 *
 * Python: none (python-kraken-sdk's `FuturesWSClient` hands out raw messages).
 * @see https://docs.kraken.com/api/docs/futures-api/websocket/book
 * @example
 * ```ts
 * const book = new FuturesOrderBook()
 * book.applySnapshot(snapshotMessage)
 * if (book.applyDelta(deltaMessage) === 'gap') resubscribe()
 * ```
 */
export class FuturesOrderBook {
  readonly depth: number | undefined
  productId: string | undefined
  /** Sequence number of the last message applied. */
  seq: number | undefined
  /** True after a snapshot and as long as no gap was seen. */
  valid = false
  /** `timestamp` (ms) of the last message applied. */
  timestamp: number | undefined
  readonly #asks: Level[] = []
  readonly #bids: Level[] = []

  constructor(options: FuturesOrderBookOptions = {}) {
    const result = v.safeParse(optionsSchema, options)
    if (!result.success) {
      const field = result.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'options'
      throw new KrakenValidationError(`FuturesOrderBook: invalid ${field}: ${result.issues[0].message}`, { field })
    }
    this.depth = options.depth
    this.productId = options.productId
  }

  /** Replaces the book with a `book_snapshot` and starts sequence tracking from its `seq`. */
  applySnapshot(snapshot: FuturesBookSnapshot): void {
    this.#asks.length = 0
    this.#bids.length = 0
    for (const level of snapshot.asks) this.#set(this.#asks, 1, level.price, level.qty)
    for (const level of snapshot.bids) this.#set(this.#bids, -1, level.price, level.qty)
    this.#truncate()
    this.productId = snapshot.product_id
    this.seq = snapshot.seq
    this.timestamp = snapshot.timestamp
    this.valid = true
  }

  /**
   * Applies one `book` delta. Returns `'gap'` (and applies nothing, `valid` turns false) when no snapshot was seen
   * or `seq` is not the previous one plus 1; a delta at or below the last `seq` is a duplicate and is ignored
   * (`'ok'`).
   */
  applyDelta(delta: FuturesBookDelta): 'ok' | 'gap' {
    const last = this.seq
    if (!this.valid || last === undefined) return 'gap'
    if (delta.seq <= last) return 'ok'
    if (delta.seq !== last + 1) {
      this.valid = false
      return 'gap'
    }
    this.seq = delta.seq
    this.timestamp = delta.timestamp
    if (delta.side === 'sell') this.#set(this.#asks, 1, delta.price, delta.qty)
    else this.#set(this.#bids, -1, delta.price, delta.qty)
    this.#truncate()
    return 'ok'
  }

  #set(levels: Level[], sign: 1 | -1, price: number | string, qty: number | string): void {
    const k = (typeof price === 'number' ? price : Number(price)) * sign
    if (Number.isNaN(k))
      throw new KrakenValidationError(`FuturesOrderBook: invalid price ${String(price)}`, { field: 'price' })
    const index = searchLevel(levels, k)
    const q = typeof qty === 'number' ? numberText(qty, undefined) : qty
    if (Number(q) === 0) {
      if (index >= 0) levels.splice(index, 1)
      return
    }
    if (index >= 0) levels[index]!.q = q
    else {
      const p = typeof price === 'number' ? numberText(price, undefined) : price
      levels.splice(-index - 1, 0, new Level(k, p, q, 0, 0))
    }
  }

  #truncate(): void {
    const depth = this.depth
    if (depth === undefined) return
    if (this.#asks.length > depth) this.#asks.length = depth
    if (this.#bids.length > depth) this.#bids.length = depth
  }

  /** Bids, best first, at most `n`, as `[price, qty]` decimal strings. */
  bids(n?: number): BookLevel[] {
    return this.#bids.slice(0, n).map((l) => [l.p, l.q] as const)
  }

  /** Asks, best first, at most `n`, as `[price, qty]` decimal strings. */
  asks(n?: number): BookLevel[] {
    return this.#asks.slice(0, n).map((l) => [l.p, l.q] as const)
  }

  /** The best bid `[price, qty]`, or undefined. */
  bestBid(): BookLevel | undefined {
    const l = this.#bids[0]
    return l === undefined ? undefined : [l.p, l.q]
  }

  /** The best ask `[price, qty]`, or undefined. */
  bestAsk(): BookLevel | undefined {
    const l = this.#asks[0]
    return l === undefined ? undefined : [l.p, l.q]
  }

  /** Best ask minus best bid, exact, or undefined. */
  spread(): string | undefined {
    const bid = this.#bids[0]
    const ask = this.#asks[0]
    return bid === undefined || ask === undefined ? undefined : decimalSub(ask.p, bid.p)
  }

  /** (best bid + best ask) / 2, exact, or undefined. */
  mid(): string | undefined {
    const bid = this.#bids[0]
    const ask = this.#asks[0]
    return bid === undefined || ask === undefined ? undefined : decimalMid(ask.p, bid.p)
  }

  /** Empties the book (invalid until the next snapshot). */
  clear(): void {
    this.#asks.length = 0
    this.#bids.length = 0
    this.seq = undefined
    this.valid = false
  }
}
