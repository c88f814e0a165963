/**
 * Futures WebSocket v1, public and private feeds (seed 001 §4.5): ticker and book for two products, then the
 * private fills and open_positions feeds (the challenge is signed for you), with a market order placed over REST to
 * produce a fill. Note: Kraken retires this WebSocket on 2027-03-01 in favour of the Unified WebSocket. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/futuresWs.ts
 */
import { createFuturesClient, createOrder } from '@k/futures-rest'
import { FuturesWsClient, type FuturesWsMessage } from '@k/futures-ws'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

const PRODUCTS = ['PI_XBTUSD', 'PF_SOLUSD']

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions = {}): Promise<void> {
  const env = await _openExample(options)
  const { log } = env
  const feeds = new Map<string, number>()
  const count = (message: FuturesWsMessage) => {
    if ('feed' in message && typeof message.feed === 'string')
      feeds.set(message.feed, (feeds.get(message.feed) ?? 0) + 1)
  }
  const waitFor = async (feed: string, n: number) => {
    // Bounded: the example always ends, even if a feed stays silent.
    for (let waited = 0; (feeds.get(feed) ?? 0) < n && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const publicClient = new FuturesWsClient({ url: env.futuresWsUrl, callback: count })
  const privateClient = new FuturesWsClient({
    url: env.futuresWsUrl,
    key: env.futuresKey,
    secret: env.futuresSecret,
    callback: count,
  })
  try {
    await publicClient.connect()
    await publicClient.subscribe({ feed: 'ticker', product_ids: PRODUCTS })
    await publicClient.subscribe({ feed: 'book', product_ids: PRODUCTS })
    await waitFor('book_snapshot', PRODUCTS.length)
    await waitFor('ticker', 1)
    log(`public: ${feeds.get('book_snapshot') ?? 0} book snapshots, ${feeds.get('ticker') ?? 0} tickers`)
    await publicClient.unsubscribe({ feed: 'ticker', product_ids: PRODUCTS })
    await publicClient.unsubscribe({ feed: 'book', product_ids: PRODUCTS })
    log(`public: active subscriptions after unsubscribe: ${publicClient.activeSubscriptions.length}`)

    await privateClient.connect()
    await privateClient.subscribe({ feed: 'fills' })
    await privateClient.subscribe({ feed: 'open_positions' })
    // A small market buy over REST: the fill and the new position arrive on the private feeds.
    const rest = createFuturesClient({ baseUrl: env.futuresUrl, key: env.futuresKey, secret: env.futuresSecret })
    const order = await createOrder(rest, { orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '0.001' })
    log(`market order: ${order.sendStatus.status}`)
    await waitFor('fills', 1)
    await waitFor('open_positions', 2)
    log(
      `private: fills messages ${(feeds.get('fills_snapshot') ?? 0) + (feeds.get('fills') ?? 0)}, open_positions messages ${feeds.get('open_positions') ?? 0}`,
    )
    await privateClient.unsubscribe({ feed: 'fills' })
    await privateClient.unsubscribe({ feed: 'open_positions' })
    log('futures WS done')
  } finally {
    await publicClient.close()
    await privateClient.close()
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
