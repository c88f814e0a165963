/**
 * Maintain a valid Spot order book (seed 001 §5.2): subclass SpotOrderBookClient, override `onBookUpdate`, print
 * the top-N table, and rely on the CRC32 checksum of every snapshot and update (the client resyncs by itself on a
 * mismatch). Ends after N updates. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/orderbook.ts
 */
import { type BookUpdateMessage, SpotOrderBookClient } from '@k/orderbook'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

class Orderbook extends SpotOrderBookClient {
  updates = 0
  readonly #log: (line: string) => void
  readonly #top: number

  constructor(url: string, log: (line: string) => void, top: number) {
    super({ depth: 10, url })
    this.#log = log
    this.#top = top
  }

  override onBookUpdate(pair: string, message: BookUpdateMessage): void {
    if ('error' in message) {
      this.#log(`${pair}: resync (${message.error})`)
      return
    }
    const book = this.get(pair)
    // python asserts book["valid"]: a book whose checksum failed is never shown (the client is resyncing it).
    if (!book?.valid) return
    this.updates++
    const bids = book.bids(this.#top)
    const asks = book.asks(this.#top)
    this.#log(`${pair} update ${this.updates} (checksum ${book.checksum()})`)
    this.#log('       bid qty          bid |          ask       ask qty')
    for (let level = 0; level < this.#top; level++) {
      const [bidPrice = '', bidQty = ''] = bids[level] ?? []
      const [askPrice = '', askQty = ''] = asks[level] ?? []
      this.#log(`${bidQty.padStart(14)} ${bidPrice.padStart(12)} | ${askPrice.padStart(12)} ${askQty.padStart(13)}`)
    }
  }
}

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions & { updates?: number } = {}): Promise<void> {
  const env = await _openExample(options)
  const client = new Orderbook(env.wsUrl, env.log, 5)
  try {
    await client.connect()
    await client.addBook(['BTC/USD'])
    const wanted = options.updates ?? 5
    // Bounded wait so the template always ends by itself.
    for (let waited = 0; client.updates < wanted && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    env.log(`valid updates: ${client.updates}, resyncs: ${client.resyncs}`)
  } finally {
    await client.close()
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
