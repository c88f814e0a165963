import { KrakenError } from '@k/errors'
import type { BookData, BookLevelInput, BookMessage } from './types.js'

// A small number-preserving JSON tokenizer for WS v2 `book` frames only. Kraken quirk: prices and quantities are
// JSON numbers (`"qty":0.10000000`) whose trailing zeros are part of the checksum text; JSON.parse destroys them.
// This keeps each price/qty as its original text. Unknown keys are skipped, so new fields do not break it.

const K_OTHER = 0
const K_CHANNEL = 1
const K_TYPE = 2
const K_DATA = 3
const K_SYMBOL = 4
const K_BIDS = 5
const K_ASKS = 6
const K_CHECKSUM = 7
const K_TIMESTAMP = 8
const K_PRICE = 9
const K_QTY = 10
const KEY_CODES: Record<string, number> = {
  channel: K_CHANNEL,
  type: K_TYPE,
  data: K_DATA,
  symbol: K_SYMBOL,
  bids: K_BIDS,
  asks: K_ASKS,
  checksum: K_CHECKSUM,
  timestamp: K_TIMESTAMP,
  price: K_PRICE,
  qty: K_QTY,
}

const codes = (literal: string): Uint16Array => Uint16Array.from(literal, (ch) => ch.charCodeAt(0))
const PREFIX = codes('{"channel":"book","type":"')
const UPDATE = codes('update","data":[{"symbol":"')
const SNAPSHOT = codes('snapshot","data":[{"symbol":"')
const BIDS = codes('","bids":[')
const ASKS = codes(',"asks":[')
const CHECKSUM = codes(',"checksum":')
const TIMESTAMP = codes(',"timestamp":"')
const PRICE = codes('{"price":')
const QTY = codes(',"qty":')

/** True when `literal` occurs in `text` at `i`. */
function at(text: string, i: number, literal: Uint16Array): boolean {
  const n = literal.length
  if (i + n > text.length) return false
  for (let j = 0; j < n; j++) if (text.charCodeAt(i + j) !== literal[j]) return false
  return true
}

/** Reads `{"price":<n>,"qty":<n>},…]` from `i` into `out`; returns the index after `]`, or -1 on a deviation. */
function fastLevels(text: string, i: number, out: BookLevelInput[]): number {
  if (text.charCodeAt(i) === 93) return i + 1
  for (;;) {
    if (!at(text, i, PRICE)) return -1
    i += PRICE.length
    let start = i
    let c = text.charCodeAt(i)
    while ((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69) c = text.charCodeAt(++i)
    if (i === start) return -1
    const price = text.slice(start, i)
    if (!at(text, i, QTY)) return -1
    i += QTY.length
    start = i
    c = text.charCodeAt(i)
    while ((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69) c = text.charCodeAt(++i)
    if (i === start || c !== 125) return -1
    out.push({ price, qty: text.slice(start, i) })
    c = text.charCodeAt(++i)
    i++
    if (c === 93) return i
    if (c !== 44) return -1
  }
}

/** One reusable tokenizer state (fields, not module-level `let`s: those cost a hole check per access in V8). */
class FrameReader {
  s = ''
  i = 0

  fail(what: string): never {
    throw new KrakenError(`Malformed book frame: ${what} at offset ${this.i}`, {
      code: 'EProtocol:Malformed book frame',
      category: 'protocol',
    })
  }

  skipWs(): number {
    let c = this.s.charCodeAt(this.i)
    while (c === 32 || c === 10 || c === 13 || c === 9) c = this.s.charCodeAt(++this.i)
    return c
  }

  expect(code: number): void {
    if (this.skipWs() !== code) this.fail(`expected '${String.fromCharCode(code)}'`)
    this.i++
  }

  tryKey(literal: string, code: number): number {
    // `literal` is the key's text after the opening quote, up to and including the colon: `bids":`.
    if (this.s.startsWith(literal, this.i + 1)) {
      this.i += literal.length + 1
      return code
    }
    return -1
  }

  /** Reads `"key":` and returns its code, without allocating for the keys a book frame uses. */
  readKey(): number {
    if (this.skipWs() !== 34) this.fail('expected a key')
    let code = -1
    switch (this.s.charCodeAt(this.i + 1)) {
      case 98:
        code = this.tryKey('bids":', K_BIDS)
        break
      case 97:
        code = this.tryKey('asks":', K_ASKS)
        break
      case 99:
        code = this.tryKey('checksum":', K_CHECKSUM)
        if (code === -1) code = this.tryKey('channel":', K_CHANNEL)
        break
      case 115:
        code = this.tryKey('symbol":', K_SYMBOL)
        break
      case 116:
        code = this.tryKey('timestamp":', K_TIMESTAMP)
        if (code === -1) code = this.tryKey('type":', K_TYPE)
        break
      case 100:
        code = this.tryKey('data":', K_DATA)
        break
      case 112:
        code = this.tryKey('price":', K_PRICE)
        break
      case 113:
        code = this.tryKey('qty":', K_QTY)
        break
    }
    if (code !== -1) return code
    const key = this.readString()
    this.expect(58)
    return KEY_CODES[key] ?? K_OTHER
  }

  readString(): string {
    if (this.skipWs() !== 34) this.fail('expected a string')
    const start = this.i + 1
    const end = this.s.indexOf('"', start)
    if (end === -1) this.fail('unterminated string')
    const raw = this.s.slice(start, end)
    if (raw.indexOf('\\') === -1) {
      this.i = end + 1
      return raw
    }
    // Slow path: escapes. Find the real closing quote, then let JSON.parse decode the literal.
    let j = start
    for (;;) {
      const c = this.s.charCodeAt(j)
      if (Number.isNaN(c)) this.fail('unterminated string')
      if (c === 92) j += 2
      else if (c === 34) break
      else j++
    }
    this.i = j + 1
    return JSON.parse(this.s.slice(start - 1, j + 1)) as string
  }

  /** A number's text, exactly as sent (also accepts a JSON string holding a number). */
  readNumberText(): string {
    const c = this.skipWs()
    if (c === 34) return this.readString()
    const start = this.i
    let d = c
    while ((d >= 48 && d <= 57) || d === 46 || d === 45 || d === 43 || d === 101 || d === 69)
      d = this.s.charCodeAt(++this.i)
    if (this.i === start) this.fail('expected a number')
    return this.s.slice(start, this.i)
  }

  skipValue(): void {
    const c = this.skipWs()
    if (c === 34) {
      this.readString()
      return
    }
    if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93
      this.i++
      if (this.skipWs() === close) {
        this.i++
        return
      }
      for (;;) {
        if (c === 123) {
          this.readString()
          this.expect(58)
        }
        this.skipValue()
        const n = this.skipWs()
        this.i++
        if (n === close) return
        if (n !== 44) this.fail("expected ',' or a closing bracket")
      }
    }
    const start = this.i
    let d = c
    while ((d >= 48 && d <= 57) || (d >= 97 && d <= 122) || d === 46 || d === 45 || d === 43 || d === 69) {
      d = this.s.charCodeAt(++this.i)
    }
    if (this.i === start) this.fail('unexpected character')
  }

  readLevels(): BookLevelInput[] {
    const out: BookLevelInput[] = []
    this.expect(91)
    if (this.skipWs() === 93) {
      this.i++
      return out
    }
    for (;;) {
      // Fast path for Kraken's compact `{"price":<n>,"qty":<n>}`; anything else goes through the general loop.
      if (this.s.startsWith('{"price":', this.i)) {
        this.i += 9
        const price = this.readNumberText()
        if (this.s.startsWith(',"qty":', this.i)) {
          this.i += 7
          const qty = this.readNumberText()
          if (this.s.charCodeAt(this.i) === 125) {
            this.i++
            out.push({ price, qty })
            const n = this.s.charCodeAt(this.i++)
            if (n === 44) continue
            if (n === 93) return out
            this.i--
            const m = this.skipWs()
            this.i++
            if (m === 93) return out
            if (m !== 44) this.fail("expected ',' or ']'")
            continue
          }
        }
        // Unusual layout after all: re-read this level generally.
        this.i = this.s.lastIndexOf('{', this.i)
      }
      this.expect(123)
      let price = ''
      let qty = ''
      if (this.skipWs() !== 125) {
        for (;;) {
          const key = this.readKey()
          if (key === K_PRICE) price = this.readNumberText()
          else if (key === K_QTY) qty = this.readNumberText()
          else this.skipValue()
          const n = this.skipWs()
          this.i++
          if (n === 125) break
          if (n !== 44) this.fail("expected ',' or '}'")
        }
      } else this.i++
      if (price === '' || qty === '') this.fail('a level without price or qty')
      out.push({ price, qty })
      const n = this.skipWs()
      this.i++
      if (n === 93) return out
      if (n !== 44) this.fail("expected ',' or ']'")
    }
  }

  readData(): BookData {
    let symbol: string | undefined
    let bids: BookLevelInput[] | undefined
    let asks: BookLevelInput[] | undefined
    let checksum: number | undefined
    let timestamp: string | undefined
    this.expect(123)
    if (this.skipWs() === 125) this.i++
    else {
      for (;;) {
        const key = this.readKey()
        if (key === K_BIDS) bids = this.readLevels()
        else if (key === K_ASKS) asks = this.readLevels()
        else if (key === K_CHECKSUM) checksum = Number(this.readNumberText())
        else if (key === K_SYMBOL) symbol = this.readString()
        else if (key === K_TIMESTAMP) timestamp = this.readString()
        else this.skipValue()
        const n = this.skipWs()
        this.i++
        if (n === 125) break
        if (n !== 44) this.fail("expected ',' or '}'")
      }
    }
    // One fixed shape for every result (absent fields are undefined).
    return { symbol, bids: bids ?? [], asks: asks ?? [], checksum, timestamp }
  }

  /**
   * Kraken's exact compact layout, read with a handful of literal checks and no per-key work:
   * `{"channel":"book","type":"<t>","data":[{"symbol":"<s>","bids":[…],"asks":[…],"checksum":<n>[,"timestamp":"<ts>"]}]}`.
   * Returns undefined at the first deviation; the caller then runs the general parser from the start.
   * (Literal checks are char-code loops: `startsWith` is a runtime call V8 does not inline.)
   */
  parseFast(text: string): BookMessage | undefined {
    let i: number
    let type: 'snapshot' | 'update'
    if (!at(text, 0, PREFIX)) return undefined
    if (at(text, PREFIX.length, UPDATE)) {
      type = 'update'
      i = PREFIX.length + UPDATE.length
    } else if (at(text, PREFIX.length, SNAPSHOT)) {
      type = 'snapshot'
      i = PREFIX.length + SNAPSHOT.length
    } else return undefined
    const symbolEnd = text.indexOf('"', i)
    if (symbolEnd === -1) return undefined
    const symbol = text.slice(i, symbolEnd)
    if (symbol.indexOf('\\') !== -1 || !at(text, symbolEnd, BIDS)) return undefined
    i = symbolEnd + BIDS.length
    const bids: BookLevelInput[] = []
    i = fastLevels(text, i, bids)
    if (i === -1 || !at(text, i, ASKS)) return undefined
    const asks: BookLevelInput[] = []
    i = fastLevels(text, i + ASKS.length, asks)
    if (i === -1 || !at(text, i, CHECKSUM)) return undefined
    i += CHECKSUM.length
    const checksumStart = i
    let checksum = 0
    let c = text.charCodeAt(i)
    while (c >= 48 && c <= 57) {
      checksum = checksum * 10 + (c - 48)
      c = text.charCodeAt(++i)
    }
    if (i === checksumStart) return undefined
    let timestamp: string | undefined
    if (c === 44 && at(text, i, TIMESTAMP)) {
      const end = text.indexOf('"', i + TIMESTAMP.length)
      if (end === -1) return undefined
      timestamp = text.slice(i + TIMESTAMP.length, end)
      i = end + 1
    }
    if (i + 3 !== text.length || text.charCodeAt(i) !== 125 || text.charCodeAt(i + 1) !== 93) return undefined
    if (text.charCodeAt(i + 2) !== 125) return undefined
    return { channel: 'book', type, data: [{ symbol, bids, asks, checksum, timestamp }] }
  }

  parse(text: string): BookMessage | undefined {
    const fast = this.parseFast(text)
    if (fast !== undefined) return fast
    this.s = text
    this.i = 0
    try {
      let channel: string | undefined
      let type: string | undefined
      let data: BookData[] | undefined
      this.expect(123)
      if (this.skipWs() === 125) return undefined
      for (;;) {
        const key = this.readKey()
        if (key === K_CHANNEL) {
          if (this.skipWs() === 34 && this.s.startsWith('"book"', this.i)) {
            this.i += 6
            channel = 'book'
          } else return undefined
        } else if (key === K_TYPE) {
          if (this.skipWs() !== 34) return undefined
          if (this.s.startsWith('"update"', this.i)) {
            this.i += 8
            type = 'update'
          } else if (this.s.startsWith('"snapshot"', this.i)) {
            this.i += 10
            type = 'snapshot'
          } else return undefined
        } else if (key === K_DATA && channel !== undefined) {
          this.expect(91)
          data = []
          if (this.skipWs() === 93) this.i++
          else {
            for (;;) {
              data.push(this.readData())
              const n = this.skipWs()
              this.i++
              if (n === 93) break
              if (n !== 44) this.fail("expected ',' or ']'")
            }
          }
        } else if (key === K_DATA) {
          // `data` before `channel`: Kraken always sends channel first; fall back to a second pass.
          return this.parseSlow(text)
        } else this.skipValue()
        const n = this.skipWs()
        this.i++
        if (n === 125) break
        if (n !== 44) this.fail("expected ',' or '}'")
      }
      if (channel !== 'book' || data === undefined || (type !== 'snapshot' && type !== 'update')) return undefined
      return { channel, type, data }
    } finally {
      this.s = ''
    }
  }

  /** Rare key order (`data` before `channel`): check the channel with JSON.parse, then re-read with `channel` first. */
  parseSlow(text: string): BookMessage | undefined {
    const parsed = JSON.parse(text) as { channel?: unknown; type?: unknown }
    if (parsed.channel !== 'book' || (parsed.type !== 'snapshot' && parsed.type !== 'update')) return undefined
    this.s = text
    this.i = 0
    // Re-scan only the data array.
    this.expect(123)
    for (;;) {
      const key = this.readKey()
      if (key === K_DATA) {
        const data: BookData[] = []
        this.expect(91)
        if (this.skipWs() === 93) this.i++
        else {
          for (;;) {
            data.push(this.readData())
            const n = this.skipWs()
            this.i++
            if (n === 93) break
            if (n !== 44) this.fail("expected ',' or ']'")
          }
        }
        return { channel: 'book', type: parsed.type, data }
      }
      this.skipValue()
      const n = this.skipWs()
      this.i++
      if (n !== 44) this.fail("expected ','")
    }
  }
}

const reader = new FrameReader()

/**
 * Parses the raw text of a Kraken WS v2 `book` frame, keeping every price and qty as its original text (trailing
 * zeros included), so {@link OrderBook} verifies checksums with no precision table and no REST call. Returns
 * undefined for any frame that is not a `book` channel snapshot/update (heartbeats, acks, other channels). Faster
 * than `JSON.parse` on book frames (it builds only what the book needs); throws a protocol KrakenError on malformed
 * JSON.
 *
 * Python: none (python-kraken-sdk re-formats floats with `AssetPairs` decimals instead).
 * @see https://docs.kraken.com/api/docs/websocket-v2/book
 * @example
 * ```ts
 * const message = parseBookFrame('{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":45283.5,"qty":0.10000000}],"asks":[],"checksum":3310070434,"timestamp":"2023-10-06T17:35:55.440295Z"}]}')
 * message?.data[0]?.bids?.[0] // { price: '45283.5', qty: '0.10000000' }
 * ```
 */
export function parseBookFrame(text: string): BookMessage | undefined {
  return reader.parse(text)
}
