import { createSpotClient, getTicker } from '@k/spot-rest'
import { startSimulator } from '@k/testkit'
import ccxt from 'ccxt'
import ky from 'ky'
import type { BenchOptions, BenchTable } from './BenchTable.js'
import { measureTasks } from './measureTasks.js'

/**
 * Request overhead of `getTicker` through @k (validation, ky, envelope check) against a raw `fetch` + `json()` of
 * the same URL, both against kraken-sim on 127.0.0.1 in this process, keep-alive on both. ccxt's implicit
 * `publicGetTicker` (same endpoint, no market loading) is shown for reference.
 */
export async function runRestBench(options: BenchOptions): Promise<BenchTable> {
  const sim = await startSimulator({ seed: 7, rateLimits: false })
  try {
    const url = `${sim.url}/0/public/Ticker?pair=XBTUSD`
    const client = createSpotClient({ baseUrl: sim.url })
    const exchange = new ccxt.kraken({ enableRateLimit: false, urls: { api: { public: sim.url, private: sim.url } } })

    // Every row must get the same ticker before anything is timed.
    const raw = (await (await fetch(url)).json()) as { result: Record<string, { c: string[] }> }
    const ours = await getTicker(client, { pair: 'XBTUSD' })
    const theirs = (await exchange.publicGetTicker({ pair: 'XBTUSD' })) as { result: Record<string, unknown> }
    if (!raw.result.XXBTZUSD || !ours.XXBTZUSD || !theirs.result.XXBTZUSD)
      throw new Error('a row did not get the XBTUSD ticker')

    const rows = await measureTasks(
      [
        {
          name: 'floor: fetch + json()',
          run: async () => (await fetch(url)).json(),
          note: 'raw global fetch of the same URL, body parsed',
        },
        {
          name: 'ky: ky(url).json()',
          run: async () => ky(url, { retry: 0 }).json(),
          note: 'the HTTP layer @k is built on, alone (Request + clone + AbortController per call)',
        },
        {
          name: '@k: getTicker(client, { pair })',
          run: () => getTicker(client, { pair: 'XBTUSD' }),
          note: 'valibot parse, ky (timeout, retry policy), envelope + error check',
        },
        {
          name: 'ccxt: publicGetTicker({ pair })',
          run: () => exchange.publicGetTicker({ pair: 'XBTUSD' }),
          note: 'ccxt 4.5.84 implicit API, enableRateLimit off',
        },
      ],
      { ...options, time: 1_500 },
    )
    // On the median, like the runner's ratio column: loopback means are dominated by GC and scheduler outliers.
    const floor = rows[0]?.p50Ns
    const measured = rows[2]?.p50Ns
    const ratio = floor && measured ? measured / floor : undefined
    return {
      title: 'REST: getTicker request overhead on loopback (kraken-sim)',
      rows,
      target: '@k ≤ 1.3× a raw fetch of the same URL',
      verdict:
        ratio === undefined ? 'not measured' : `${ratio <= 1.3 ? 'met' : 'missed'}: ${ratio.toFixed(2)}× floor (p50)`,
      settings: { server: 'kraken-sim in-process, 127.0.0.1', keepAlive: true },
    }
  } finally {
    await sim.close()
  }
}
