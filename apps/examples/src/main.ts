/**
 * The main job: the SDK end to end against an embedded kraken-sim, then the live web page.
 *
 *   npx -y pnpm@10.34.0 run main              (from the repo root; builds first)
 *   MAIN_SERVE_SECONDS=0 … to skip serving the page; Ctrl-C ends it at any time.
 */

import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isKrakenError } from '@k/errors'
import { createFuturesClient, getTicker as getFuturesTicker } from '@k/futures-rest'
import { SpotOrderBookClient } from '@k/orderbook'
import {
  amendOrder,
  cancelOrder,
  createOrder,
  createSpotClient,
  getOrderBook,
  getOrdersInfo,
  getServerTime,
  getSystemStatus,
  getTicker,
} from '@k/spot-rest'
import { SpotWsClient } from '@k/spot-ws'
import { DEMO_ACCOUNT, type Simulator, startSimulator } from '@k/testkit'

const serveSeconds = Number(process.env.MAIN_SERVE_SECONDS ?? 20)
const log = (step: string, detail: string) => console.log(`${step.padEnd(26)} ${detail}`)

export async function main(): Promise<void> {
  const sim = await startSimulator({ seed: 7 })
  let page: Server | undefined
  let books: SpotOrderBookClient | undefined
  let ws: SpotWsClient | undefined
  const stop = async () => {
    await books?.close()
    await ws?.close()
    await new Promise<void>((resolve) => (page ? page.close(() => resolve()) : resolve()))
    await sim.close()
  }
  process.once('SIGINT', () => void stop().then(() => process.exit(130)))
  try {
    log('kraken-sim', `${sim.url} (spot ws ${sim.wsUrl}, futures ${sim.futuresUrl})`)

    // 1. Public market data over REST.
    const publicClient = createSpotClient({ baseUrl: sim.url })
    const time = await getServerTime(publicClient)
    const status = await getSystemStatus(publicClient)
    const ticker = await getTicker(publicClient, { pair: 'XBTUSD' })
    const [pairKey, btc] = Object.entries(ticker)[0] ?? []
    const depth = await getOrderBook(publicClient, { pair: 'XBTUSD', count: 5 })
    const btcBook = Object.values(depth)[0]
    log('REST public', `time ${time.rfc1123}, status ${status.status}`)
    log('REST ticker', `${pairKey} last ${btc?.c[0]} bid ${btc?.b[0]} ask ${btc?.a[0]}`)
    log('REST depth', `best bid ${btcBook?.bids[0]?.[0]} / best ask ${btcBook?.asks[0]?.[0]}`)

    // 2. An authenticated order over REST: placed, amended, cancelled.
    const client = createSpotClient({ baseUrl: sim.url, key: DEMO_ACCOUNT.key, secret: DEMO_ACCOUNT.secret })
    const bid = Number(btcBook?.bids[0]?.[0] ?? '50000')
    const price = (bid * 0.9).toFixed(1)
    const placed = await createOrder(client, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price,
      cl_ord_id: `main-${Date.now()}`,
    })
    const txid = placed.txid?.[0] ?? ''
    log('REST AddOrder', `${placed.descr.order} → ${txid}`)
    const amended = await amendOrder(client, { txid, limit_price: (bid * 0.89).toFixed(1) })
    log('REST AmendOrder', `amend_id ${amended.amend_id}`)
    const cancelled = await cancelOrder(client, { txid })
    const info = await getOrdersInfo(client, { txid })
    log('REST CancelOrder', `count ${cancelled.count}, status now ${info[txid]?.status}`)

    // 3. The same over WebSocket v2 (token fetched from REST GetWebSocketsToken inside the client).
    ws = new SpotWsClient({
      key: DEMO_ACCOUNT.key,
      secret: DEMO_ACCOUNT.secret,
      url: sim.wsUrl,
      authUrl: sim.authWsUrl,
      restUrl: sim.url,
    })
    await ws.connect()
    const added = await ws.addOrder({
      symbol: 'BTC/USD',
      side: 'buy',
      order_type: 'limit',
      order_qty: '0.01',
      limit_price: price,
    })
    log('WS add_order', `order_id ${added.order_id}`)
    const wsAmend = await ws.amendOrder({ order_id: added.order_id, limit_price: (bid * 0.88).toFixed(1) })
    log('WS amend_order', `amend_id ${wsAmend.amend_id}`)
    await ws.cancelOrder({ order_id: [added.order_id] })
    log('WS cancel_order', `cancelled ${added.order_id}`)
    await ws.close()
    ws = undefined

    // 4. A live order book with the CRC32 checksum verified on the snapshot and every update.
    books = new SpotOrderBookClient({ depth: 10, url: sim.wsUrl, pairs: ['BTC/USD'] })
    let updates = 0
    let valid = 0
    const enough = new Promise<void>((resolve) => {
      books?.on('update', (_pair, book) => {
        updates++
        if (book.valid) valid++
        if (updates >= 50) resolve()
      })
    })
    await books.connect()
    await Promise.race([enough, new Promise((resolve) => setTimeout(resolve, 15_000))])
    const book = books.get('BTC/USD')
    log('WS book BTC/USD', `${updates} messages, ${valid} with a valid checksum, checksum ${book?.checksum()}`)
    log('  top of book', `bid ${book?.bestBid()?.join(' × ')}  ask ${book?.bestAsk()?.join(' × ')}`)
    await books.close()
    books = undefined

    // 5. A futures ticker over the Futures REST API.
    const futures = createFuturesClient({ baseUrl: sim.futuresUrl })
    const futuresTicker = await getFuturesTicker(futures, { symbol: 'PF_XBTUSD' })
    log('Futures ticker', `PF_XBTUSD mark ${futuresTicker.ticker.markPrice} last ${futuresTicker.ticker.last}`)

    // 6. The browser page of live public market data, served against this simulator.
    page = await servePage(sim)
    if (page) {
      const { port } = page.address() as { port: number }
      const origin = `http://127.0.0.1:${port}`
      const address = `${origin}/?rest=${encodeURIComponent(origin)}&ws=${encodeURIComponent(sim.wsUrl)}`
      log('Web page', address)
      if (serveSeconds > 0) {
        log('', `serving for ${serveSeconds} s (Ctrl-C to stop; MAIN_SERVE_SECONDS changes it)`)
        await new Promise((resolve) => setTimeout(resolve, serveSeconds * 1000))
      }
    } else {
      log('Web page', 'not built (run `npx -y pnpm@10.34.0 --filter @k/web build`)')
    }
    console.log('main job finished: every step succeeded')
  } catch (error) {
    console.error(isKrakenError(error) ? `${error.name}: ${error.shortMessage} (${error.code})` : error)
    process.exitCode = 1
  } finally {
    await stop()
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * Serves apps/web/dist (if built) on 127.0.0.1. REST paths (`/0/…`) are forwarded to kraken-sim so the page needs no
 * CORS headers; the WebSocket connects to the simulator directly.
 */
async function servePage(sim: Simulator): Promise<Server | undefined> {
  const root = fileURLToPath(new URL('../../web/dist/site/', import.meta.url))
  if (!existsSync(join(root, 'index.html'))) return undefined
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/0/')) {
      void fetch(`${sim.url}${request.url}`)
        .then(async (answer) => {
          response.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json',
          })
          response.end(Buffer.from(await answer.arrayBuffer()))
        })
        .catch(() => response.writeHead(502).end())
      return
    }
    const path = normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^(\.\.[/\\])+/, '')
    const file = join(root, path === '/' ? 'index.html' : path)
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return server
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
