import type { FuturesOpenOrder, FuturesOpenOrderReason } from './messages/FuturesOpenOrdersMessage.js'
import type { FuturesWsMessage } from './messages/FuturesWsMessage.js'

/** What one applied message did. */
export type OpenOrdersChange =
  | { type: 'snapshot'; count: number }
  | { type: 'upsert'; order: FuturesOpenOrder; reason: FuturesOpenOrderReason }
  | { type: 'remove'; orderId: string; order: FuturesOpenOrder | undefined; reason: FuturesOpenOrderReason }
  | { type: 'ignored' }

/**
 * The account's current open orders, kept from the `open_orders` (or `open_orders_verbose`) feed: the snapshot
 * replaces everything, a delta with `is_cancel: false` inserts or updates the order (placed, partially filled,
 * edited, created from a stop), a delta with `is_cancel: true` removes it (filled, cancelled, rejected, expired…).
 * Pure: no I/O; feed it every message (others are ignored).
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/websocket/open_orders
 * - Python: none (python-kraken-sdk leaves this to the user)
 *
 * @example
 * import { FuturesWsClient, OpenOrdersState } from '@k/futures-ws'
 * const orders = new OpenOrdersState()
 * client.on('message', (message) => orders.apply(message))
 * await client.subscribe({ feed: 'open_orders' })
 * console.log(orders.orders())
 */
export class OpenOrdersState {
  readonly #orders = new Map<string, FuturesOpenOrder>()
  #hasSnapshot = false

  /** True once a snapshot arrived (before that, the state is incomplete). */
  get hasSnapshot(): boolean {
    return this.#hasSnapshot
  }

  get size(): number {
    return this.#orders.size
  }

  /** Open orders, oldest first (by `time`). */
  orders(): FuturesOpenOrder[] {
    return [...this.#orders.values()].sort((a, b) => a.time - b.time)
  }

  get(orderId: string): FuturesOpenOrder | undefined {
    return this.#orders.get(orderId)
  }

  /** Finds an order by its client order id (`cli_ord_id`). */
  getByClientId(clientOrderId: string): FuturesOpenOrder | undefined {
    for (const order of this.#orders.values()) if (order.cli_ord_id === clientOrderId) return order
    return undefined
  }

  clear(): void {
    this.#orders.clear()
    this.#hasSnapshot = false
  }

  /** Applies one message; returns what changed. */
  apply(message: FuturesWsMessage): OpenOrdersChange {
    if (!('feed' in message) || 'event' in message) return { type: 'ignored' }
    if (message.feed === 'open_orders_snapshot' || message.feed === 'open_orders_verbose_snapshot') {
      this.#orders.clear()
      for (const order of message.orders) this.#orders.set(order.order_id, order)
      this.#hasSnapshot = true
      return { type: 'snapshot', count: this.#orders.size }
    }
    if (message.feed !== 'open_orders' && message.feed !== 'open_orders_verbose') return { type: 'ignored' }
    // Kraken quirk: a user cancel may carry only `order_id` (no `order` object).
    const orderId = message.order?.order_id ?? message.order_id
    if (orderId === undefined) return { type: 'ignored' }
    if (message.is_cancel) {
      const order = this.#orders.get(orderId)
      this.#orders.delete(orderId)
      return { type: 'remove', orderId, order, reason: message.reason }
    }
    if (!message.order) return { type: 'ignored' }
    this.#orders.set(orderId, message.order)
    return { type: 'upsert', order: message.order, reason: message.reason }
  }
}
