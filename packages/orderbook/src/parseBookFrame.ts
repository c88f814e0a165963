import { KrakenError } from '@k/errors'
import type { BookData, BookLevelInput, BookMessage } from './types.js'

// A small number-preserving JSON tokenizer for WS v2 `book` frames only. Kraken quirk: prices and quantities are
// JSON numbers (`"qty":0.10000000`) whose trailing zeros are part of the checksum text; JSON.parse destroys them.
// This keeps each price/qty as its original text. Unknown keys are skipped, so new fields do not break it.

let s = ''
let i = 0

function fail(what: string): never {
  throw new KrakenError(`Malformed book frame: ${what} at offset ${i}`, {
    code: 'EProtocol:Malformed book frame',
    category: 'protocol',
  })
}

function skipWs(): number {
  let c = s.charCodeAt(i)
  while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i)
  return c
}

function expect(code: number): void {
  if (skipWs() !== code) fail(`expected '${String.fromCharCode(code)}'`)
  i++
}

function readString(): string {
  if (skipWs() !== 34) fail('expected a string')
  const start = i + 1
  const end = s.indexOf('"', start)
  if (end === -1) fail('unterminated string')
  const raw = s.slice(start, end)
  if (raw.indexOf('\\') === -1) {
    i = end + 1
    return raw
  }
  // Slow path: escapes. Find the real closing quote, then let JSON.parse decode the literal.
  let j = start
  for (;;) {
    const c = s.charCodeAt(j)
    if (Number.isNaN(c)) fail('unterminated string')
    if (c === 92) j += 2
    else if (c === 34) break
    else j++
  }
  i = j + 1
  return JSON.parse(s.slice(start - 1, j + 1)) as string
}

/** A number's text, exactly as sent (also accepts a JSON string holding a number). */
function readNumberText(): string {
  const c = skipWs()
  if (c === 34) return readString()
  const start = i
  let d = c
  while ((d >= 48 && d <= 57) || d === 46 || d === 45 || d === 43 || d === 101 || d === 69) d = s.charCodeAt(++i)
  if (i === start) fail('expected a number')
  return s.slice(start, i)
}

function skipValue(): void {
  const c = skipWs()
  if (c === 34) {
    readString()
    return
  }
  if (c === 123 || c === 91) {
    const close = c === 123 ? 125 : 93
    i++
    if (skipWs() === close) {
      i++
      return
    }
    for (;;) {
      if (c === 123) {
        readString()
        expect(58)
      }
      skipValue()
      const n = skipWs()
      i++
      if (n === close) return
      if (n !== 44) fail("expected ',' or a closing bracket")
    }
  }
  const start = i
  let d = c
  while ((d >= 48 && d <= 57) || (d >= 97 && d <= 122) || d === 46 || d === 45 || d === 43 || d === 69) {
    d = s.charCodeAt(++i)
  }
  if (i === start) fail('unexpected character')
}

function readLevels(): BookLevelInput[] {
  const out: BookLevelInput[] = []
  expect(91)
  if (skipWs() === 93) {
    i++
    return out
  }
  for (;;) {
    expect(123)
    let price = ''
    let qty = ''
    if (skipWs() !== 125) {
      for (;;) {
        const key = readString()
        expect(58)
        if (key === 'price') price = readNumberText()
        else if (key === 'qty') qty = readNumberText()
        else skipValue()
        const n = skipWs()
        i++
        if (n === 125) break
        if (n !== 44) fail("expected ',' or '}'")
      }
    } else i++
    if (price === '' || qty === '') fail('a level without price or qty')
    out.push({ price, qty })
    const n = skipWs()
    i++
    if (n === 93) return out
    if (n !== 44) fail("expected ',' or ']'")
  }
}

function readData(): BookData {
  let symbol: string | undefined
  let bids: BookLevelInput[] | undefined
  let asks: BookLevelInput[] | undefined
  let checksum: number | undefined
  let timestamp: string | undefined
  expect(123)
  if (skipWs() === 125) i++
  else {
    for (;;) {
      const key = readString()
      expect(58)
      if (key === 'bids') bids = readLevels()
      else if (key === 'asks') asks = readLevels()
      else if (key === 'checksum') checksum = Number(readNumberText())
      else if (key === 'symbol') symbol = readString()
      else if (key === 'timestamp') timestamp = readString()
      else skipValue()
      const n = skipWs()
      i++
      if (n === 125) break
      if (n !== 44) fail("expected ',' or '}'")
    }
  }
  const data: { -readonly [K in keyof BookData]: BookData[K] } = {}
  if (symbol !== undefined) data.symbol = symbol
  data.bids = bids ?? []
  data.asks = asks ?? []
  if (checksum !== undefined) data.checksum = checksum
  if (timestamp !== undefined) data.timestamp = timestamp
  return data
}

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
  s = text
  i = 0
  try {
    let channel: string | undefined
    let type: string | undefined
    let data: BookData[] | undefined
    expect(123)
    if (skipWs() === 125) return undefined
    for (;;) {
      const key = readString()
      expect(58)
      if (key === 'channel') {
        channel = readString()
        if (channel !== 'book') return undefined
      } else if (key === 'type') {
        if (skipWs() !== 34) return undefined
        type = readString()
        if (type !== 'snapshot' && type !== 'update') return undefined
      } else if (key === 'data' && channel !== undefined) {
        expect(91)
        data = []
        if (skipWs() === 93) i++
        else {
          for (;;) {
            data.push(readData())
            const n = skipWs()
            i++
            if (n === 93) break
            if (n !== 44) fail("expected ',' or ']'")
          }
        }
      } else if (key === 'data') {
        // `data` before `channel`: Kraken always sends channel first; fall back to a second pass.
        return parseBookFrameSlow(text)
      } else skipValue()
      const n = skipWs()
      i++
      if (n === 125) break
      if (n !== 44) fail("expected ',' or '}'")
    }
    if (channel !== 'book' || data === undefined || (type !== 'snapshot' && type !== 'update')) return undefined
    return { channel, type, data }
  } finally {
    s = ''
  }
}

/** Rare key order (`data` before `channel`): check the channel with JSON.parse, then re-read with `channel` first. */
function parseBookFrameSlow(text: string): BookMessage | undefined {
  const parsed = JSON.parse(text) as { channel?: unknown; type?: unknown }
  if (parsed.channel !== 'book' || (parsed.type !== 'snapshot' && parsed.type !== 'update')) return undefined
  s = text
  i = 0
  // Re-scan only the data array.
  expect(123)
  for (;;) {
    const key = readString()
    expect(58)
    if (key === 'data') {
      const data: BookData[] = []
      expect(91)
      if (skipWs() === 93) i++
      else {
        for (;;) {
          data.push(readData())
          const n = skipWs()
          i++
          if (n === 93) break
          if (n !== 44) fail("expected ',' or ']'")
        }
      }
      return { channel: 'book', type: parsed.type, data }
    }
    skipValue()
    const n = skipWs()
    i++
    if (n !== 44) fail("expected ','")
  }
}
