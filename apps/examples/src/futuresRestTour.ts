/**
 * Futures REST tour (seed 001 §4.6): the generic `FuturesClient.request`, then Market, User, Trade and Funding —
 * tickers, order book, charts, wallets, positions, an order placed, edited and cancelled, a batch, the dead man's
 * switch and fills. Futures use their own API keys (Spot keys get `authenticationError`). Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/futuresRestTour.ts
 */
import { createFuturesClient, Funding, Market, Trade, User } from '@k/futures-rest'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions = {}): Promise<void> {
  const env = await _openExample(options)
  const { log } = env
  try {
    const client = createFuturesClient({ baseUrl: env.futuresUrl, key: env.futuresKey, secret: env.futuresSecret })
    const market = new Market(client)
    const user = new User(client)
    const trade = new Trade(client)
    const funding = new Funding(client)

    // python: FuturesClient(key, secret).request("GET", "/derivatives/api/v3/accounts")
    const accounts = await client.request<{ accounts: Record<string, unknown> }>('GET', '/derivatives/api/v3/accounts')
    log(`request(GET accounts): ${Object.keys(accounts.accounts).length} accounts`)

    log(`tick types: ${(await market.getTickTypes()).join(',')}`)
    const tickers = await market.getTickers()
    log(`tickers: ${tickers.tickers.length}`)
    log(`instruments: ${(await market.getInstruments()).instruments.length}`)
    const book = await market.getOrderbook({ symbol: 'PF_XBTUSD' }) // always pass symbol (python caveat)
    log(`PF_XBTUSD book: best bid ${book.orderBook.bids[0]?.[0]} / best ask ${book.orderBook.asks[0]?.[0]}`)
    const candles = await market.getOhlc({ tick_type: 'trade', symbol: 'PF_XBTUSD', resolution: '1h' })
    log(`PF_XBTUSD 1h candles: ${candles.candles.length}`)
    log(`fee schedules: ${(await market.getFeeSchedules()).feeSchedules.length}`)
    log(`funding rates: ${(await funding.getHistoricalFundingRates({ symbol: 'PF_XBTUSD' })).rates.length}`)

    log(`wallets: ${Object.keys((await user.getWallets()).accounts).join(',')}`)
    log(`open positions: ${(await user.getOpenPositions()).openPositions.length}`)

    // A resting order far from the market: place, edit, check status, cancel — by our own cliOrdId where useful.
    const sent = await trade.createOrder({
      orderType: 'lmt',
      symbol: 'PF_XBTUSD',
      side: 'buy',
      size: '0.001',
      limitPrice: '20000',
      cliOrdId: 'tour-futures-1',
    })
    const orderId = sent.sendStatus.order_id ?? ''
    log(`order placed: ${sent.sendStatus.status}`)
    await trade.editOrder({ orderId, limitPrice: '20500' })
    const status = await trade.getOrdersStatus({ orderIds: [orderId] })
    log(`order status: ${status.orders.length} order(s)`)
    log(`cancel: ${(await trade.cancelOrder({ order_id: orderId })).cancelStatus.status}`)

    // A batch: send two orders, then cancel one by cliOrdId in the same request.
    const batch = await trade.createBatchOrder({
      batchOrder: [
        {
          order: 'send',
          order_tag: '1',
          orderType: 'lmt',
          symbol: 'PF_XBTUSD',
          side: 'buy',
          size: '0.001',
          limitPrice: '20000',
          cliOrdId: 'b-1',
        },
        {
          order: 'send',
          order_tag: '2',
          orderType: 'lmt',
          symbol: 'PF_XBTUSD',
          side: 'buy',
          size: '0.001',
          limitPrice: '20100',
          cliOrdId: 'b-2',
        },
        { order: 'cancel', cliOrdId: 'b-1' },
      ],
    })
    log(`batch statuses: ${batch.batchStatus.length}`)
    await trade.deadMansSwitch({ timeout: 60 })
    await trade.deadMansSwitch({ timeout: 0 }) // disarm again
    log(`cancel all: ${(await trade.cancelAllOrders()).cancelStatus.status}`)
    log(`fills: ${(await trade.getFills()).fills.length}`)
    log('futures REST tour done')
  } finally {
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
