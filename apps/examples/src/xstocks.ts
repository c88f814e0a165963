/**
 * xStocks (tokenized US equities) over REST (seed 001 §4.3): list the pairs and send a validate-only order.
 * Note from Kraken: the xStocks feature is not available globally. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/xstocks.ts
 */
import { createOrder, createSpotClient } from '@k/spot-rest'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions = {}): Promise<void> {
  const env = await _openExample(options)
  const { log } = env
  try {
    const client = createSpotClient({ baseUrl: env.url, key: env.key, secret: env.secret })
    // Kraken quirk: xStocks are hidden from AssetPairs unless asked for by asset class.
    const pairs = await client.request<Record<string, { altname: string; wsname?: string }>>(
      'GET',
      '/0/public/AssetPairs',
      { aclass_base: 'tokenized_asset' },
      { auth: false },
    )
    for (const [key, pair] of Object.entries(pairs)) log(`xStock pair ${key} (${pair.wsname ?? pair.altname})`)

    // Orders need asset_class=tokenized_asset too; validate: true makes Kraken check the order without placing it.
    const raw = await client.request<{ descr: { order: string } }>('POST', '/0/private/AddOrder', {
      ordertype: 'limit',
      type: 'buy',
      volume: '1',
      price: '150',
      pair: 'AAPLxUSD',
      validate: true,
      asset_class: 'tokenized_asset',
    })
    log(`validated via request(): ${raw.descr.order}`)
    // The same through the typed action (python: Trade.create_order(..., extra_params={"asset_class": …})).
    const typed = await createOrder(client, {
      ordertype: 'limit',
      type: 'buy',
      volume: '1',
      price: '150',
      pair: 'AAPLxUSD',
      validate: true,
      asset_class: 'tokenized_asset',
    })
    log(`validated via createOrder(): ${typed.descr.order}; txid: ${typed.txid?.length ?? 0}`)
    log('xStocks done')
  } finally {
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
