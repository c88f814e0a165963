/**
 * Spot WebSocket v2 in three styles (seed 001 §4.2): a subclass overriding `onMessage`, a `callback`, and an async
 * iterator (`stream`). Public ticker/book/ohlc/trade, then the private `executions` channel. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/spotWs.ts
 */
import { SpotWsClient, type SpotWsMessage } from '@k/spot-ws'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Style 1 — python's `class Client(SpotWSClient): async def on_message(...)`. */
class CountingClient extends SpotWsClient {
  readonly counts = new Map<string, number>()

  override onMessage(message: SpotWsMessage): void {
    // Skip what is not market data (python: `if message.get("event") in ("heartbeat", "pong")`).
    if (!('channel' in message) || message.channel === 'heartbeat' || message.channel === 'status') return
    this.counts.set(message.channel, (this.counts.get(message.channel) ?? 0) + 1)
  }
}

const waitUntil = async (done: () => boolean, maxMs = 5000) => {
  // Bounded wait: the example ends by itself even when the market is quiet.
  for (let waited = 0; !done() && waited < maxMs; waited += 50) await new Promise((r) => setTimeout(r, 50))
}

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions = {}): Promise<void> {
  const env = await _openExample(options)
  const { log } = env
  const subclass = new CountingClient({ url: env.wsUrl })
  let callbackMessages = 0
  // Style 2 — `callback`; with key/secret the client also opens the authenticated connection.
  const authenticated = new SpotWsClient({
    url: env.wsUrl,
    authUrl: env.authWsUrl,
    restUrl: env.url,
    key: env.key,
    secret: env.secret,
    noPublic: true, // python `no_public=True`: only the authenticated connection
    callback: (message) => {
      if ('channel' in message && message.channel === 'executions') callbackMessages++
    },
  })
  try {
    await subclass.connect()
    await subclass.subscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
    await subclass.subscribe({ channel: 'book', symbol: ['BTC/USD'], depth: 25 })
    await subclass.subscribe({ channel: 'ohlc', symbol: ['BTC/USD'], interval: 15, snapshot: false })
    await subclass.subscribe({ channel: 'trade', symbol: ['BTC/USD'] })
    log(`subclass: ${subclass.activePublicSubscriptions.length} subscriptions`)
    await waitUntil(() => (subclass.counts.get('ticker') ?? 0) >= 2 && (subclass.counts.get('book') ?? 0) >= 2)
    await subclass.unsubscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
    log(`subclass received: ${[...subclass.counts].map(([channel, n]) => `${channel}=${n}`).join(' ')}`)

    await authenticated.connect()
    await authenticated.subscribe({ channel: 'executions', snap_orders: true })
    log('callback: subscribed executions')
    // A limit order far below the market rests (no fill); placing and cancelling it shows up on executions.
    const { order_id } = await authenticated.addOrder({
      symbol: 'BTC/USD',
      side: 'buy',
      order_type: 'limit',
      order_qty: '0.001',
      limit_price: '20000',
    })
    await authenticated.cancelOrder({ order_id: [order_id] })
    await waitUntil(() => callbackMessages >= 3)
    await authenticated.unsubscribe({ channel: 'executions' })
    log(`callback received executions messages: ${callbackMessages}`)

    // Style 3 — an async iterator: subscribes on start, unsubscribes when the loop ends.
    let trades = 0
    for await (const message of subclass.stream({ channel: 'trade', symbol: ['ETH/USD'] })) {
      trades += message.data.length
      if (trades >= 3) break
    }
    log(`stream received ${trades} ETH/USD trades`)
    log('spot WS done')
  } finally {
    await subclass.close()
    await authenticated.close()
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
