// Typed use of every package's main exports. Each `@ts-expect-error` proves the declarations are real types (an
// unresolved or `any`-typed import would make the directive unused, which tsc reports as an error).

import { EXIT_CODES, runCli } from '@k/cli'
import { type KrakenError, type KrakenErrorCategory, KrakenValidationError, toKrakenError } from '@k/errors'
import { createFuturesClient, type FuturesClient, getTickers } from '@k/futures-rest'
import { FuturesWsClient } from '@k/futures-ws'
import { FuturesOrderBook, OrderBook, parseBookFrame } from '@k/orderbook'
import { createNonce, signSpotRequest } from '@k/signing'
import { createOrder, createSpotClient, type GetTickerReturnType, getTicker, type SpotClient } from '@k/spot-rest'
import { SpotWsClient } from '@k/spot-ws'
import { type Simulator, startSimulator } from '@k/testkit'
import type { createSimAccount } from '@k/testkit/vitest'
import { createTrader, type Trader } from '@k/trader'

export async function consumer(): Promise<void> {
  const error: KrakenError = toKrakenError('EAPI:Invalid nonce')
  const category: KrakenErrorCategory = error.category
  // @ts-expect-error not a category
  const badCategory: KrakenErrorCategory = 'sideways'
  const field: string | undefined = new KrakenValidationError('bad', { field: 'pair' }).details.field

  const nonce: string = createNonce()()
  const signature: Promise<string> = signSpotRequest({
    secret: 'c2VjcmV0',
    path: '/0/private/Balance',
    nonce,
    body: '',
  })
  // @ts-expect-error body is required
  await signSpotRequest({ secret: 'c2VjcmV0', path: '/0/private/Balance', nonce })

  const sim: Simulator = await startSimulator({ seed: 1 })
  const spot: SpotClient = createSpotClient({ baseUrl: sim.url })
  const ticker: GetTickerReturnType = await getTicker(spot, { pair: 'XBTUSD' })
  // @ts-expect-error type must be buy or sell
  await createOrder(spot, { pair: 'XBTUSD', type: 'sideways', ordertype: 'market', volume: '1' })

  const futures: FuturesClient = createFuturesClient({ baseUrl: sim.futuresUrl })
  const { tickers } = await getTickers(futures)

  const ws = new SpotWsClient({ url: sim.wsUrl })
  await ws.subscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
  const futuresWs = new FuturesWsClient({ url: sim.futuresWsUrl })
  await futuresWs.subscribe({ feed: 'ticker', product_ids: ['PI_XBTUSD'] })

  const book = new OrderBook({ depth: 10 })
  const matched: boolean = book.apply(parseBookFrame('{}') ?? { channel: 'book', type: 'snapshot', data: [] })
  const crc: number = book.checksum()
  // @ts-expect-error depth is a number
  new OrderBook({ depth: 'ten' })
  const futuresBook = new FuturesOrderBook({ productId: 'PF_XBTUSD' })

  const trader: Trader = createTrader({ baseUrl: sim.url })
  const exit: number = await runCli(['--version'], {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: {},
  })
  const usage: number = EXIT_CODES.usage
  const helper: typeof createSimAccount | undefined = undefined

  console.log(category, badCategory, field, signature, ticker, tickers, matched, crc, futuresBook, trader, exit, usage)
  console.log(helper)
  await sim.close()
}
