import { KrakenValidationError } from '@k/errors'
import { crcAndValueOfDecimalText, crcOfDecimalText, crcOfInteger, crcScratch, crcShift } from './internal/_crc.js'
import {
  decimalMid,
  decimalSub,
  formatScaled,
  numberText,
  POW10,
  padDecimals,
  plainDecimal,
} from './internal/_decimal.js'
import { Level, searchLevel } from './internal/_Level.js'
import { validateBookOptions } from './internal/_validateBookOptions.js'
import type { BookData, BookLevel, BookLevelInput, BookMessage } from './types.js'

/** Options of {@link OrderBook}. */
export type OrderBookOptions = {
  /** Subscribed depth (10, 25, 100, 500 or 1000 on Kraken): the book is truncated to it after every message. */
  readonly depth: number
  /**
   * Decimals of prices (`price_precision` of the WS v2 `instrument` channel, `pair_decimals` of REST AssetPairs).
   * Needed only when levels arrive as parsed numbers; text from {@link parseBookFrame} is already exact.
   */
  readonly pricePrecision?: number
  /** Decimals of quantities (`qty_precision` / `lot_decimals`); see `pricePrecision`. */
  readonly qtyPrecision?: number
  /** The pair, e.g. `BTC/USD` (informational). */
  readonly symbol?: string
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER
/** Kraken's checksum covers the top 10 levels per side whatever the subscribed depth. */
const CHECKSUM_LEVELS = 10

/**
 * A Kraken Spot WS v2 order book: sorted price levels per side, truncated to the subscribed depth after every
 * message, with the CRC32 checksum verified on the snapshot and on every update. Pure (no I/O), runs in browsers.
 *
 * Levels may arrive as the numbers' original text (exact; see {@link parseBookFrame}) or as parsed numbers plus
 * `pricePrecision`/`qtyPrecision`. Kraken quirk: WS v2 sends prices and quantities as JSON numbers, and `JSON.parse`
 * turns `0.10000000` into `0.1`; the checksum is computed over the text *with* the trailing zeros, so parsed numbers
 * must be re-padded to the pair's precision (what python-kraken-sdk does) or the text kept (what Kraken's Rust SDK
 * does). Both work here.
 *
 * Python: `SpotOrderBookClient`'s internal book (`get(pair)`).
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * ```ts
 * const book = new OrderBook({ depth: 10 })
 * const message = parseBookFrame(rawFrameText) // keeps "0.10000000" exactly
 * if (message) book.apply(message)              // true when Kraken's checksum matched
 * book.bestBid()                                 // ['45283.5', '0.10000000']
 * ```
 */
export class OrderBook {
  /** Subscribed depth. */
  readonly depth: number
  readonly pricePrecision: number | undefined
  readonly qtyPrecision: number | undefined
  /** The pair, taken from the options or the last message. */
  symbol: string | undefined
  /** True after a snapshot whose checksum matched and every update since then matched too. */
  valid = false
  /** `timestamp` of the last message applied. */
  timestamp: string | undefined
  /** Number of messages applied (snapshots and updates). */
  messages = 0
  readonly #asks: Level[] = []
  readonly #bids: Level[] = []
  #snapshot = false

  constructor(options: OrderBookOptions) {
    validateBookOptions(options, 'OrderBook')
    this.depth = options.depth
    this.pricePrecision = options.pricePrecision
    this.qtyPrecision = options.qtyPrecision
    this.symbol = options.symbol
  }

  /** True once a snapshot was applied. */
  get hasSnapshot(): boolean {
    return this.#snapshot
  }

  /** Applies a whole WS v2 `book` message (`type` snapshot or update, its `data[0]`). Returns the checksum result. */
  apply(message: BookMessage): boolean {
    const data = message.data[0]
    if (data === undefined) return this.valid
    return message.type === 'snapshot' ? this.applySnapshot(data) : this.applyUpdate(data)
  }

  /**
   * Replaces the book with a snapshot (`data[0]` of a `type: 'snapshot'` message) and verifies its checksum (v2
   * snapshots carry one; python-kraken-sdk skips it). Returns true when it matched or the data carried none.
   */
  applySnapshot(data: BookData): boolean {
    this.#asks.length = 0
    this.#bids.length = 0
    this.#snapshot = true
    return this.#apply(data, true)
  }

  /**
   * Applies an update (`data[0]` of a `type: 'update'` message): every level of both sides first (`qty` 0 deletes),
   * then truncation to the depth (Kraken sends no delete for a level pushed out of scope), then the checksum.
   * Returns whether the checksum matched; a mismatch leaves `valid` false until the next snapshot.
   */
  applyUpdate(data: BookData): boolean {
    return this.#apply(data, false)
  }

  #apply(data: BookData, isSnapshot: boolean): boolean {
    this.messages++
    if (data.symbol !== undefined) this.symbol = data.symbol
    if (data.timestamp !== undefined) this.timestamp = data.timestamp
    const asks = data.asks
    const bids = data.bids
    try {
      if (asks !== undefined && asks.length > 0) this.#applySide(this.#asks, 1, asks)
      if (bids !== undefined && bids.length > 0) this.#applySide(this.#bids, -1, bids)
    } catch (error) {
      // A half-applied message leaves the book unusable until the next snapshot.
      this.valid = false
      throw error
    }
    if (this.#asks.length > this.depth) this.#asks.length = this.depth
    if (this.#bids.length > this.depth) this.#bids.length = this.depth
    const expected = data.checksum
    const ok = expected === undefined || this.checksum() === expected >>> 0
    this.valid = (isSnapshot || this.valid) && ok && this.#snapshot
    return ok
  }

  #applySide(levels: Level[], sign: 1 | -1, inputs: readonly BookLevelInput[]): void {
    const qp = this.qtyPrecision
    const pp = this.pricePrecision
    for (let j = 0; j < inputs.length; j++) {
      const input = inputs[j]!
      const price = input.price
      const qty = input.qty
      // Price: the sort key, and for text already its checksum CRC (one pass, no Number()).
      let k: number
      let pText = ''
      let pc = 0
      let pn = -1
      if (typeof price === 'number') k = price * sign
      else {
        pText = pp === undefined ? price : padDecimals(price, pp)
        k = crcAndValueOfDecimalText(pText)
        if (crcScratch.odd) {
          pText = plainDecimal(pText)
          k = crcAndValueOfDecimalText(pText)
        }
        k *= sign
        pc = crcScratch.crc
        pn = crcScratch.length
      }
      // A level without a usable price would break the ordering; reject the message's data loudly.
      if (Number.isNaN(k))
        throw new KrakenValidationError(`OrderBook: invalid price ${String(price)}`, { field: 'price' })
      const index = searchLevel(levels, k)
      // Quantity: its exact text, and its checksum text's CRC and length; length 0 means zero, i.e. a delete.
      let qText: string
      let qc: number
      const qInt = typeof qty === 'number' && qp !== undefined ? Math.round(qty * POW10[qp]!) : Number.NaN
      if (qInt <= MAX_SAFE) {
        // With a known precision the checksum text is the scaled integer itself.
        qc = crcOfInteger(qInt)
        qText = formatScaled(qInt, qp!)
      } else {
        qText = typeof qty === 'number' ? numberText(qty, qp) : qp === undefined ? qty : padDecimals(qty, qp)
        qc = crcOfDecimalText(qText)
        if (crcScratch.odd) {
          qText = plainDecimal(qText)
          qc = crcOfDecimalText(qText)
        }
      }
      const qn = crcScratch.length
      if (qn === 0) {
        if (index >= 0) levels.splice(index, 1)
        continue
      }
      if (index >= 0) {
        const level = levels[index]!
        pc = crcOfDecimalText(level.p)
        pn = crcScratch.length
        level.q = qText
        level.c = crcShift(pc, qn) ^ qc
        level.n = pn + qn
        continue
      }
      if (pn === -1) {
        // Price given as a number.
        const pInt = pp !== undefined ? Math.round((price as number) * POW10[pp]!) : Number.NaN
        if (pInt <= MAX_SAFE) {
          pc = crcOfInteger(pInt)
          pText = formatScaled(pInt, pp!)
        } else {
          pText = numberText(price as number, pp)
          pc = crcOfDecimalText(pText)
        }
        pn = crcScratch.length
      }
      levels.splice(-index - 1, 0, new Level(k, pText, qText, crcShift(pc, qn) ^ qc, pn + qn))
    }
  }

  /**
   * Kraken's CRC32 of the current book as a uint32: top 10 asks low→high then top 10 bids high→low, each price and
   * qty with '.' removed and leading zeros stripped. Computed from per-level cached CRCs (no string work).
   */
  checksum(): number {
    let r = -1
    const asks = this.#asks
    const bids = this.#bids
    const na = Math.min(asks.length, CHECKSUM_LEVELS)
    const nb = Math.min(bids.length, CHECKSUM_LEVELS)
    for (let i = 0; i < na; i++) {
      const level = asks[i]!
      r = crcShift(r, level.n) ^ level.c
    }
    for (let i = 0; i < nb; i++) {
      const level = bids[i]!
      r = crcShift(r, level.n) ^ level.c
    }
    return (r ^ -1) >>> 0
  }

  /** Bids, best (highest) first, at most `n` (default: all, ≤ depth), as `[price, qty]` decimal strings. */
  bids(n?: number): BookLevel[] {
    return this.#levels(this.#bids, n)
  }

  /** Asks, best (lowest) first, at most `n` (default: all, ≤ depth), as `[price, qty]` decimal strings. */
  asks(n?: number): BookLevel[] {
    return this.#levels(this.#asks, n)
  }

  /** Number of bid levels held. */
  get bidCount(): number {
    return this.#bids.length
  }

  /** Number of ask levels held. */
  get askCount(): number {
    return this.#asks.length
  }

  /** The best bid `[price, qty]`, or undefined when the side is empty. */
  bestBid(): BookLevel | undefined {
    const level = this.#bids[0]
    return level === undefined ? undefined : [this.#price(level), this.#qty(level)]
  }

  /** The best ask `[price, qty]`, or undefined when the side is empty. */
  bestAsk(): BookLevel | undefined {
    const level = this.#asks[0]
    return level === undefined ? undefined : [this.#price(level), this.#qty(level)]
  }

  /** Best ask minus best bid, exact (decimal string), or undefined when a side is empty. */
  spread(): string | undefined {
    const bid = this.#bids[0]
    const ask = this.#asks[0]
    return bid === undefined || ask === undefined ? undefined : decimalSub(this.#price(ask), this.#price(bid))
  }

  /** (best bid + best ask) / 2, exact (decimal string), or undefined when a side is empty. */
  mid(): string | undefined {
    const bid = this.#bids[0]
    const ask = this.#asks[0]
    return bid === undefined || ask === undefined ? undefined : decimalMid(this.#price(ask), this.#price(bid))
  }

  /** Empties the book (it becomes invalid until the next snapshot). */
  clear(): void {
    this.#asks.length = 0
    this.#bids.length = 0
    this.#snapshot = false
    this.valid = false
  }

  /** `{ symbol, valid, checksum, bids, asks }` with decimal strings. */
  toJSON(): { symbol: string | undefined; valid: boolean; checksum: number; bids: BookLevel[]; asks: BookLevel[] } {
    return { symbol: this.symbol, valid: this.valid, checksum: this.checksum(), bids: this.bids(), asks: this.asks() }
  }

  #levels(levels: readonly Level[], n: number | undefined): BookLevel[] {
    const count = n === undefined || n > levels.length ? levels.length : Math.max(0, Math.floor(n))
    const out: BookLevel[] = new Array(count)
    for (let i = 0; i < count; i++) {
      const level = levels[i]!
      out[i] = [this.#price(level), this.#qty(level)]
    }
    return out
  }

  #price(level: Level): string {
    return level.p
  }

  #qty(level: Level): string {
    return level.q
  }
}
