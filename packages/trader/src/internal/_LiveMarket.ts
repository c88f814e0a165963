import type { KrakenError } from '@k/errors'
import { type OrderBook, SpotOrderBookClient } from '@k/orderbook'
import type { SpotWsClient, SpotWsMessage, TickerData, TradeData } from '@k/spot-ws'

const MAX_TRADES = 1000

/**
 * The live market-data cache of the WebSocket path: ticker, trades and books per WS v2 symbol, plus the system
 * status of the `status` channel. Subscribes a symbol on first use; every entry is dropped when the public
 * connection closes, so a stale value is never served (callers fall back to REST until fresh data arrives).
 */
export class _LiveMarket {
  readonly #ws: SpotWsClient
  readonly #books: SpotOrderBookClient
  readonly #wait: number
  readonly #tickers = new Map<string, TickerData>()
  readonly #trades = new Map<string, TradeData[]>()
  readonly #subscribed = new Set<string>()
  readonly #bookTimes = new Map<string, number>()
  #status: string | undefined

  constructor(ws: SpotWsClient, depth: 10 | 25 | 100 | 500 | 1000, waitMs: number, onError: (e: KrakenError) => void) {
    this.#ws = ws
    this.#wait = waitMs
    this.#books = new SpotOrderBookClient({ ws, depth })
    this.#books.on('update', (pair) => this.#bookTimes.set(pair, Date.now()))
    this.#books.on('error', onError)
    ws.on('message', this.#onMessage)
    ws.on('close', (connection) => {
      if (connection !== 'public') return
      // Kraken replays snapshots after the reconnect (spot-ws resubscribes); until then nothing cached is current.
      this.#tickers.clear()
      this.#trades.clear()
      this.#status = undefined
    })
  }

  /** The last `status` channel value (`online`, `cancel_only` …) or undefined when not known. */
  get status(): string | undefined {
    return this.#status
  }

  /** The latest ticker of `symbol`, subscribing first if needed; undefined when none arrives in time. */
  async ticker(symbol: string): Promise<TickerData | undefined> {
    await this.#ensure('ticker', symbol, () => this.#tickers.has(symbol))
    return this.#tickers.get(symbol)
  }

  /** Recent trades of `symbol` (oldest first), subscribing first if needed. */
  async trades(symbol: string): Promise<TradeData[] | undefined> {
    await this.#ensure('trade', symbol, () => this.#trades.has(symbol))
    return this.#trades.get(symbol)
  }

  /** The checksum-verified book of `symbol` (and when it last changed), or undefined when not valid in time. */
  async book(symbol: string): Promise<{ book: OrderBook; time: number } | undefined> {
    const valid = () => this.#books.get(symbol)?.valid === true
    if (!this.#subscribed.has(`book:${symbol}`)) {
      this.#subscribed.add(`book:${symbol}`)
      await this.#books.addBook([symbol]).catch((error: unknown) => {
        this.#subscribed.delete(`book:${symbol}`)
        throw error
      })
    }
    await this.#until(valid)
    const book = this.#books.get(symbol)
    return book?.valid ? { book, time: this.#bookTimes.get(symbol) ?? Date.now() } : undefined
  }

  async close(): Promise<void> {
    this.#ws.off('message', this.#onMessage)
    await this.#books.close()
  }

  async #ensure(channel: 'ticker' | 'trade', symbol: string, ready: () => boolean): Promise<void> {
    const id = `${channel}:${symbol}`
    if (!this.#subscribed.has(id)) {
      this.#subscribed.add(id)
      try {
        await this.#ws.subscribe({ channel, symbol: [symbol] })
      } catch (error) {
        this.#subscribed.delete(id)
        throw error
      }
    }
    await this.#until(ready)
  }

  // Waits (bounded) until the cache holds what a call needs; the snapshot follows the subscribe ack within ms.
  #until(ready: () => boolean): Promise<void> {
    if (ready()) return Promise.resolve()
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.#ws.off('message', check)
        resolve()
      }
      const check = () => {
        if (ready()) done()
      }
      const timer = setTimeout(done, this.#wait)
      this.#ws.on('message', check)
    })
  }

  // Arrow function: registered as a listener before any other, so caches are filled when waiters check.
  readonly #onMessage = (message: SpotWsMessage): void => {
    const record = message as { channel?: string; type?: string; data?: unknown }
    if (!Array.isArray(record.data)) return
    if (record.channel === 'ticker') {
      for (const data of record.data as TickerData[]) this.#tickers.set(data.symbol, data)
    } else if (record.channel === 'trade') {
      for (const data of record.data as TradeData[]) {
        const list = this.#trades.get(data.symbol) ?? []
        if (record.type === 'snapshot') list.length = 0
        list.push(data)
        if (list.length > MAX_TRADES) list.splice(0, list.length - MAX_TRADES)
        this.#trades.set(data.symbol, list)
      }
    } else if (record.channel === 'status') {
      const first = (record.data as Array<{ system?: string }>)[0]
      if (first?.system) this.#status = first.system
    }
  }
}
