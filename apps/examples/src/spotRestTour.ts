/**
 * Spot REST tour (seed 001 §4.1): the generic `SpotClient.request` and the Market / User / Trade / Funding classes,
 * from public market data to a validate-only order and a dead man's switch. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/spotRestTour.ts
 */
import { isKrakenError } from '@k/errors'
import { createSpotClient, Funding, Market, Trade, User } from '@k/spot-rest'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions = {}): Promise<void> {
  const env = await _openExample(options)
  const { log } = env
  try {
    // One client per key: the classes below share its nonce generator and rate limiter (Kraken rejects a nonce that
    // is not larger than the last one it saw, so two clients of one key would race each other).
    const client = createSpotClient({ baseUrl: env.url, key: env.key, secret: env.secret })
    const market = new Market(client)
    const user = new User(client)
    const trade = new Trade(client)
    const funding = new Funding(client)

    // python: SpotClient(key, secret).request("POST", "/0/private/Balance")
    const raw = await client.request<Record<string, string>>('POST', '/0/private/Balance')
    log(`request(POST /0/private/Balance): ${Object.keys(raw).length} assets`)

    log(`system status: ${(await market.getSystemStatus()).status}`)
    log(`assets: ${Object.keys(await market.getAssets()).length}`)
    log(`asset pairs: ${Object.keys(await market.getAssetPairs()).length}`)
    // Result keys are Kraken's (XXBTZUSD) whatever spelling the request used (XBTUSD).
    const ticker = await market.getTicker({ pair: 'XBTUSD' })
    log(`ticker XXBTZUSD last: ${ticker.XXBTZUSD?.c[0]}`)
    const ohlc = await market.getOhlc({ pair: 'XBTUSD', interval: 5 })
    log(`ohlc(5): ${ohlc.XXBTZUSD?.length} candles`)
    const book = await market.getOrderBook({ pair: 'XBTUSD', count: 10 })
    log(`order book: best bid ${book.XXBTZUSD?.bids[0]?.[0]} / best ask ${book.XXBTZUSD?.asks[0]?.[0]}`)
    log(`recent trades: ${(await market.getRecentTrades({ pair: 'XBTUSD' })).XXBTZUSD?.length}`)
    log(`spreads: ${(await market.getRecentSpreads({ pair: 'XBTUSD' })).XXBTZUSD?.length}`)

    const balances = await user.getAccountBalance()
    log(`balance ZUSD: ${balances.ZUSD}`)
    log(`trade balance eb: ${(await user.getTradeBalance({ asset: 'ZUSD' })).eb}`)
    log(`open orders: ${Object.keys((await user.getOpenOrders()).open).length}`)
    log(`closed orders: ${(await user.getClosedOrders()).count}`)
    log(`trade volume currency: ${(await user.getTradeVolume()).currency}`)

    // Trading: validate-only first (Kraken checks everything but places nothing), as the legacy script does for safety.
    const checked = await trade.createOrder({
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.001',
      price: '20000',
      validate: true,
    })
    log(`validate-only order: ${checked.descr.order}`)
    // A real resting order far from the market, amended and cancelled again.
    const placed = await trade.createOrder({
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.001',
      price: '20000',
      cl_ord_id: 'tour-1',
    })
    const txid = placed.txid?.[0] ?? ''
    await trade.amendOrder({ txid, limit_price: '20100' })
    log(`cancelled: ${(await trade.cancelOrder({ txid })).count}`)
    // Dead man's switch: cancel everything in 6 s unless refreshed; 0 turns it off again.
    const armed = await trade.cancelAllOrdersAfterX({ timeout: 6 })
    log(`dead man's switch armed until ${armed.triggerTime}`)
    await trade.cancelAllOrdersAfterX({ timeout: 0 })

    log(`deposit methods XBT: ${(await funding.getDepositMethods({ asset: 'XBT' })).length}`)
    log('spot REST tour done')
  } catch (error) {
    // Every failure is a KrakenError: code, category and whether retrying makes sense.
    if (isKrakenError(error)) log(`Kraken error ${error.code} (${error.category})`)
    throw error
  } finally {
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
