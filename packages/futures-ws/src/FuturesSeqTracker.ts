import type { FuturesWsMessage } from './messages/FuturesWsMessage.js'

/** Result of {@link FuturesSeqTracker.check}. `gap` means messages were lost: resubscribe to rebuild the book. */
export type FuturesSeqCheck =
  | { ok: true; productId: string; seq: number }
  | { ok: false; productId: string; expected: number; received: number }
  | { ok: true; productId: undefined; seq: undefined }

/**
 * Detects lost `book` messages: after a `book_snapshot` with `seq = n`, every `book` delta of that product must
 * carry `n + 1`, `n + 2`, … A jump (or a delta before any snapshot) is a gap. Kraken does not checksum Futures
 * books, so `seq` is the only integrity signal. Pure; the `@k/orderbook` Futures book builds its resync on it.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/websocket/book
 *
 * @example
 * import { FuturesSeqTracker } from '@k/futures-ws'
 * const tracker = new FuturesSeqTracker()
 * client.on('message', (message) => {
 *   const check = tracker.check(message)
 *   if (!check.ok) void resubscribe(check.productId)
 * })
 */
export class FuturesSeqTracker {
  readonly #last = new Map<string, number>()

  /** The last seq seen per product. */
  last(productId: string): number | undefined {
    return this.#last.get(productId)
  }

  /** Forgets a product (after unsubscribing, before resubscribing). */
  reset(productId?: string): void {
    if (productId === undefined) this.#last.clear()
    else this.#last.delete(productId)
  }

  check(message: FuturesWsMessage): FuturesSeqCheck {
    if (!('feed' in message) || 'event' in message) return { ok: true, productId: undefined, seq: undefined }
    if (message.feed === 'book_snapshot') {
      this.#last.set(message.product_id, message.seq)
      return { ok: true, productId: message.product_id, seq: message.seq }
    }
    if (message.feed !== 'book') return { ok: true, productId: undefined, seq: undefined }
    const last = this.#last.get(message.product_id)
    if (last === undefined || message.seq !== last + 1) {
      // Remember the new position so one lost message is reported once, not on every later delta.
      this.#last.set(message.product_id, message.seq)
      return {
        ok: false,
        productId: message.product_id,
        expected: last === undefined ? Number.NaN : last + 1,
        received: message.seq,
      }
    }
    this.#last.set(message.product_id, message.seq)
    return { ok: true, productId: message.product_id, seq: message.seq }
  }
}
