import { type Simulator, startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FuturesOrderBook } from './FuturesOrderBook.js'
import { FuturesOrderBookClient } from './FuturesOrderBookClient.js'

let sim: Simulator
const clients: FuturesOrderBookClient[] = []

/** Every client is also closed in afterAll, so a failing test never leaves a socket or timer behind. */
function track(client: FuturesOrderBookClient): FuturesOrderBookClient {
  clients.push(client)
  return client
}

beforeAll(async () => {
  sim = await startSimulator({ tickMs: 20 })
})

afterAll(async () => {
  for (const client of clients) await client.close()
  await sim.close()
})

async function waitFor(check: () => boolean | Promise<boolean>, what: string, attempts = 1000): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** True when the top 10 levels equal the server's REST order book right now (callers poll: the market moves). */
async function equalsServer(book: FuturesOrderBook | undefined, symbol: string): Promise<boolean> {
  if (!book?.valid) return false
  const response = await fetch(`${sim.futuresUrl}/derivatives/api/v3/orderbook?symbol=${symbol}`)
  const body = (await response.json()) as { orderBook: { bids: [number, number][]; asks: [number, number][] } }
  const top = (levels: readonly (readonly [string, string])[]) =>
    levels.slice(0, 10).map(([p, q]) => [Number(p), Number(q)])
  return (
    JSON.stringify(top(book.bids())) === JSON.stringify(body.orderBook.bids.slice(0, 10)) &&
    JSON.stringify(top(book.asks())) === JSON.stringify(body.orderBook.asks.slice(0, 10))
  )
}

describe('FuturesOrderBookClient against kraken-sim', () => {
  it('builds books from book_snapshot + deltas and matches the server', async () => {
    const client = track(new FuturesOrderBookClient({ url: sim.futuresWsUrl, productIds: ['PF_XBTUSD', 'PF_ETHUSD'] }))
    let updates = 0
    client.on('update', () => void updates++)
    await client.connect()
    await waitFor(() => updates > 60, '60 updates')
    expect(client.resyncs).toBe(0)
    await waitFor(() => equalsServer(client.get('PF_XBTUSD'), 'PF_XBTUSD'), 'PF_XBTUSD equal to the server', 200)
    await client.close()
  })

  it('resyncs on every seq gap (skipFuturesSeqEveryN) and ends equal to the server', async () => {
    const client = track(
      new FuturesOrderBookClient({
        url: `${sim.futuresWsUrl}?skipFuturesSeqEveryN=25`,
        productIds: ['PF_XBTUSD'],
        resyncDelay: 5,
      }),
    )
    const reasons: string[] = []
    client.on('resync', (_id, reason) => reasons.push(reason))
    await client.connect()
    await waitFor(() => client.resyncs >= 3, '3 resyncs')
    expect(reasons.every((reason) => reason.startsWith('seq gap'))).toBe(true)
    await waitFor(() => equalsServer(client.get('PF_XBTUSD'), 'PF_XBTUSD'), 'equal to the server after resyncs', 200)
    await client.close()
  })

  it('rebuilds after dropped connections while also resyncing on gaps', async () => {
    const client = track(
      new FuturesOrderBookClient({
        url: `${sim.futuresWsUrl}?skipFuturesSeqEveryN=15&dropEveryN=90`,
        productIds: ['PF_XBTUSD', 'PF_ETHUSD'],
        resyncDelay: 5,
        wsOptions: { initialBackoff: 20, maxBackoff: 100, maxReconnects: 50 },
      }),
    )
    let reconnects = 0
    client.ws.on('reconnected', () => void reconnects++)
    await client.connect()
    await waitFor(() => reconnects >= 2 && client.resyncs >= 2, 'drops and gaps')
    for (const id of ['PF_XBTUSD', 'PF_ETHUSD']) {
      await waitFor(() => equalsServer(client.get(id), id), `${id} equal to the server`, 300)
    }
    await client.close()
  })

  it('validates product ids before sending', async () => {
    const client = track(new FuturesOrderBookClient({ url: sim.futuresWsUrl }))
    await expect(client.addBook([])).rejects.toThrow(/productIds/)
    await client.close()
  })
})
