import CRC32 from 'crc-32'

/** A price level with the exact text Kraken sent (needed for the checksum) and its numeric value (for sorting). */
export type BookLevel = { price: string; qty: string; value: number }

export type BookState = {
  symbol: string
  depth: number
  bids: BookLevel[]
  asks: BookLevel[]
  /** Whether the last checksum matched. */
  valid: boolean
  checksum: number | undefined
  updates: number
  mismatches: number
}

/**
 * Keeps the number text of `price` and `qty` by quoting them before JSON.parse: JSON.parse would turn `0.10000000`
 * into 0.1, and Kraken's CRC32 is computed over the text with trailing zeros.
 */
export function _parseBookFrame(text: string): Record<string, unknown> {
  return JSON.parse(text.replace(/"(price|qty)":(-?[\d.]+(?:[eE][+-]?\d+)?)/g, '"$1":"$2"')) as Record<string, unknown>
}

export function _createBookState(symbol: string, depth: number): BookState {
  return { symbol, depth, bids: [], asks: [], valid: true, checksum: undefined, updates: 0, mismatches: 0 }
}

type WireLevel = { price: string; qty: string }

/**
 * Applies one `book` message's `data[0]` (snapshot replaces, update merges; qty 0 deletes), truncates to the
 * subscribed depth (Kraken sends no delete for levels that fall out of scope) and checks the CRC32 of the top 10.
 * https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 */
export function _applyBook(
  state: BookState,
  data: { bids?: WireLevel[]; asks?: WireLevel[]; checksum?: number | string },
  snapshot: boolean,
): BookState {
  if (snapshot) {
    state.bids = []
    state.asks = []
  }
  merge(state.bids, data.bids ?? [], (a, b) => b.value - a.value, state.depth)
  merge(state.asks, data.asks ?? [], (a, b) => a.value - b.value, state.depth)
  state.updates += snapshot ? 0 : 1
  if (data.checksum !== undefined) {
    state.checksum = Number(data.checksum)
    state.valid = _bookChecksum(state) === state.checksum
    if (!state.valid) state.mismatches += 1
  }
  return state
}

/** CRC32 over the top 10 asks (low→high) then bids (high→low), each price and qty without `.` and leading zeros. */
export function _bookChecksum(state: Pick<BookState, 'bids' | 'asks'>): number {
  const strip = (text: string) => text.replace('.', '').replace(/^0+/, '')
  let text = ''
  for (const level of state.asks.slice(0, 10)) text += strip(level.price) + strip(level.qty)
  for (const level of state.bids.slice(0, 10)) text += strip(level.price) + strip(level.qty)
  return CRC32.str(text) >>> 0
}

function merge(side: BookLevel[], changes: WireLevel[], order: (a: BookLevel, b: BookLevel) => number, depth: number) {
  for (const change of changes) {
    const price = String(change.price)
    const value = Number(price)
    const index = side.findIndex((level) => level.value === value)
    if (Number(change.qty) === 0) {
      if (index >= 0) side.splice(index, 1)
    } else if (index >= 0) side[index] = { price, qty: String(change.qty), value }
    else side.push({ price, qty: String(change.qty), value })
  }
  side.sort(order)
  side.length = Math.min(side.length, depth)
}
