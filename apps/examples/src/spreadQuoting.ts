/**
 * Seed-004 recipe on @k/trader: spread-aware quoting. Each tick reads the latest spread record; when the spread is
 * wider than the target it quotes one tick inside on both sides with post-only limit orders (placed once, then
 * moved with `editOrder`, an in-place amend that keeps queue priority), otherwise it stays out. Quotes are cancelled
 * at the end. The target is tiny by default because kraken-sim's XBTUSD spread is ~0.03 bps; ~5 bps suits a real
 * market (SPREAD_TARGET_BPS). Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/spreadQuoting.ts
 */
import { createTrader } from '@k/trader'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions & { ticks?: number; targetBps?: number } = {}): Promise<void> {
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
  const targetBps = options.targetBps ?? Number(process.env.SPREAD_TARGET_BPS ?? 0.02)
  const quotes: { bid?: string | undefined; ask?: string | undefined } = {}
  try {
    await trader.connect()
    const pair = (await trader.getAssetPairs('XBTUSD')).XXBTZUSD
    const decimals = pair?.pair_decimals ?? 1
    const tick = 10 ** -decimals
    for (let round = 0; round < (options.ticks ?? 3); round++) {
      const records = (await trader.getSpread('XBTUSD')).XXBTZUSD ?? []
      const last = records.at(-1)
      if (!last) continue
      const [, bidText, askText] = last // [time, bid, ask]
      const bid = Number(bidText)
      const ask = Number(askText)
      const spreadBps = ((ask - bid) / bid) * 10_000
      // Improve each side by one tick when the spread leaves room for both; otherwise join the touch, so the
      // post-only quotes never cross each other.
      const hasRoom = ask - bid > 2 * tick + tick / 2
      const buyPrice = (hasRoom ? bid + tick : bid).toFixed(decimals)
      const sellPrice = (hasRoom ? ask - tick : ask).toFixed(decimals)
      if (spreadBps > targetBps && Number(buyPrice) < Number(sellPrice)) {
        log(`spread ${spreadBps.toFixed(3)} bps > ${targetBps} — quoting ${buyPrice} / ${sellPrice}`)
        // post_only: never take liquidity; Kraken cancels the order instead if it would cross.
        if (quotes.bid === undefined || quotes.ask === undefined) {
          const buy = await trader.placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: buyPrice, post_only: true })
          const sell = await trader.placeOrder('XBTUSD', 'sell', '0.001', 'limit', {
            price: sellPrice,
            post_only: true,
          })
          quotes.bid = buy.txid?.[0]
          quotes.ask = sell.txid?.[0]
        } else {
          await trader.editOrder(quotes.bid, 'XBTUSD', { price: buyPrice })
          await trader.editOrder(quotes.ask, 'XBTUSD', { price: sellPrice })
        }
      } else {
        log(`spread tight (${spreadBps.toFixed(3)} bps) — staying out`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const ids = [quotes.bid, quotes.ask].filter((id): id is string => id !== undefined)
    if (ids.length > 0) log(`quotes cancelled: ${(await trader.batchCancel(ids)).count}`)
    log('spread quoting done')
  } finally {
    await trader.close()
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
