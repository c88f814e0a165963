import CRC32 from 'crc-32'
import { checksumText } from './checksumText.js'
import type { BookLevel } from './types.js'

/**
 * The straightforward (reference) Kraken WS v2 book checksum: concatenates the checksum text of the top 10 asks
 * (low→high) then the top 10 bids (high→low), price then qty, and returns CRC32 as a uint32 (crc-32's `str` returns
 * a signed int, hence `>>> 0`). {@link OrderBook.checksum} computes the same value incrementally; this one is for
 * checking a book you hold elsewhere.
 *
 * Python: `SpotOrderBookClient.__validate_checksum`.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * ```ts
 * bookChecksum([['45285.2', '0.00100000']], [['45283.5', '0.10000000']])
 * ```
 */
export function bookChecksum(asks: readonly BookLevel[], bids: readonly BookLevel[]): number {
  let text = ''
  for (const [price, qty] of asks.slice(0, 10)) text += checksumText(price) + checksumText(qty)
  for (const [price, qty] of bids.slice(0, 10)) text += checksumText(price) + checksumText(qty)
  return CRC32.str(text) >>> 0
}
