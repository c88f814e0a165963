/**
 * Seed-004 recipe on @k/trader: dollar-cost averaging with a system-status guard. Every period it checks Kraken's
 * status, reads the last price and buys $50 worth at market. The trader's own guard refuses market orders in
 * cancel_only / post_only / maintenance with a typed error as well, so a bot can rely on either. One period
 * stands in for an hour here, so the demo ends in seconds. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/dca.ts
 */
import {
  KrakenMarketInOnlyCancelModeError,
  KrakenMarketInOnlyPostModeError,
  KrakenServiceUnavailableError,
} from '@k/errors'
import { createTrader } from '@k/trader'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions & { buys?: number; periodMs?: number } = {}): Promise<void> {
  const env = await _openExample(options)
  const { log } = env
  const trader = createTrader({
    key: env.key,
    secret: env.secret,
    baseUrl: env.url,
    wsUrl: env.wsUrl,
    authWsUrl: env.authWsUrl,
  })
  trader.on('order', (event) => log(`  (${event.method} via ${event.path}: ${event.outcome})`))
  const periodMs = options.periodMs ?? 500
  let lastBuy = Number.NEGATIVE_INFINITY
  let bought = 0
  try {
    await trader.connect()
    for (let tick = 0; bought < (options.buys ?? 3) && tick < 50; tick++) {
      if (Date.now() - lastBuy >= periodMs) {
        const { status } = await trader.getSystemStatus()
        if (status !== 'online') {
          log(`Kraken ${status}, deferring buy`)
        } else {
          // Decimals are strings; convert for arithmetic, send a string back (5 decimals: XBT lot precision suffices).
          const price = Number((await trader.getTicker('XBTUSD')).XXBTZUSD?.c[0])
          const volume = (50 / price).toFixed(5)
          try {
            const result = await trader.placeOrder('XBTUSD', 'buy', volume, 'market')
            bought++
            lastBuy = Date.now()
            log(`DCA: ${volume} BTC @ ~${price} → ${result.txid?.[0]}`)
          } catch (error) {
            // The trader's status guard: nothing was sent, try again next period.
            if (
              error instanceof KrakenMarketInOnlyCancelModeError ||
              error instanceof KrakenMarketInOnlyPostModeError ||
              error instanceof KrakenServiceUnavailableError
            ) {
              log(`guarded: ${error.code}`)
            } else throw error
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, periodMs / 5))
    }
    log(`DCA done: ${bought} buys, XBT balance ${(await trader.getBalance()).XXBT}`)
  } finally {
    await trader.close()
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
