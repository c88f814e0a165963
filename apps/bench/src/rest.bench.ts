import { createSpotClient, getTicker } from '@k/spot-rest'
import { startSimulator } from '@k/testkit'
import ccxt from 'ccxt'
import ky from 'ky'
import type { BenchOptions, BenchRow, BenchTable } from './BenchTable.js'

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

    const tasks: Array<{ name: string; run: () => Promise<unknown>; note: string }> = [
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
        note: 'ccxt 4.5.84 implicit API (node:http), enableRateLimit off',
      },
    ]
    const rows = await measureRoundTrips(tasks, options.quick)
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
      settings: {
        server: 'kraken-sim in-process, 127.0.0.1',
        keepAlive: true,
        method: `${options.quick ? 1 : ROUNDS} interleaved rounds × ${options.quick ? 20 : CALLS} sequential calls; median of the rounds`,
      },
    }
  } finally {
    await sim.close()
  }
}

const ROUNDS = 7
const CALLS = 400

/**
 * Sequential round trips, interleaved by round so a noisy moment of the shared machine hits every row alike: each
 * round warms up, times `CALLS` calls per task one after another, and keeps the round's mean, p50 and p99; a row
 * reports the median of its rounds. (tinybench's time-budgeted sampling swung ±10% between runs here.)
 */
async function measureRoundTrips(
  tasks: ReadonlyArray<{ name: string; run: () => Promise<unknown>; note: string }>,
  quick: boolean,
): Promise<BenchRow[]> {
  const rounds = quick ? 1 : ROUNDS
  const calls = quick ? 20 : CALLS
  const samples = tasks.map(() => [] as Array<{ mean: number; p50: number; p99: number }>)
  for (let round = 0; round < rounds; round++) {
    for (const [index, task] of tasks.entries()) {
      for (let warm = 0; warm < (quick ? 5 : 50); warm++) await task.run()
      const times: number[] = []
      for (let call = 0; call < calls; call++) {
        const start = performance.now()
        await task.run()
        times.push((performance.now() - start) * 1e6)
      }
      times.sort((a, b) => a - b)
      const mean = times.reduce((sum, value) => sum + value, 0) / times.length
      samples[index]?.push({ mean, p50: percentile(times, 0.5), p99: percentile(times, 0.99) })
    }
  }
  return tasks.map((task, index) => {
    const list = samples[index] ?? []
    const meanNs = median(list.map((sample) => sample.mean))
    return {
      name: task.name,
      opsPerSec: 1e9 / meanNs,
      meanNs,
      p50Ns: median(list.map((sample) => sample.p50)),
      p99Ns: median(list.map((sample) => sample.p99)),
      note: task.note,
    }
  })
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
