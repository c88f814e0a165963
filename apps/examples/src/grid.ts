/**
 * Seed-004 recipe on @k/trader: a layered grid placed in one batch. Cancel leftovers from a previous run, read the
 * price, and place 5 buy and 5 sell limit orders 0.5 % apart with a single `batchAdd` (WS `batch_add` when the
 * WebSocket is up, REST `AddOrderBatch` otherwise — same result either way). Prices are rounded to the pair's
 * `pair_decimals` from AssetPairs, or Kraken rejects them. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/grid.ts
 */
import { type BatchOrder, createTrader } from '@k/trader'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions & { keep?: boolean } = {}): Promise<void> {
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
  try {
    await trader.connect()
    // Always start from a clean slate: a crashed previous run may have left orders behind.
    await trader.cancelAllOrders()
    const decimals = (await trader.getAssetPairs('XBTUSD')).XXBTZUSD?.pair_decimals ?? 1
    const centre = Number((await trader.getTicker('XBTUSD')).XXBTZUSD?.c[0])
    const step = centre * 0.005
    const orders: BatchOrder[] = []
    for (let level = 1; level <= 5; level++) {
      orders.push({
        ordertype: 'limit',
        type: 'buy',
        volume: '0.001',
        price: (centre - level * step).toFixed(decimals),
      })
      orders.push({
        ordertype: 'limit',
        type: 'sell',
        volume: '0.001',
        price: (centre + level * step).toFixed(decimals),
      })
    }
    const result = await trader.batchAdd(orders, 'XBTUSD')
    log(`grid placed around $${centre.toFixed(0)}: ${result.orders.filter((order) => order.txid).length} orders`)
    for (const order of result.orders) log(`  ${order.descr?.order}`)
    log(`open orders now: ${Object.keys((await trader.getOrders()).open).length}`)
    if (!options.keep) log(`demo cleanup, cancelled: ${(await trader.cancelAllOrders()).count}`)
  } finally {
    await trader.close()
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
