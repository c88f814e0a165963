import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startSimulator } from '@k/testkit'
import type { BenchOptions, BenchRow, BenchTable } from './BenchTable.js'

const run = promisify(execFile)
const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

// Each script runs in a fresh `node` (no --conditions, so @k/spot-rest resolves to its built dist like for a user),
// measures from its first line to the first ticker, and prints the wall and CPU milliseconds.
const scripts = {
  '@k: import @k/spot-rest + createSpotClient + getTicker': `
    const start = performance.now()
    const cpu = process.cpuUsage()
    const { createSpotClient, getTicker } = await import('@k/spot-rest')
    const ticker = await getTicker(createSpotClient({ baseUrl: process.env.SIM_URL }), { pair: 'XBTUSD' })
    if (!ticker.XXBTZUSD) throw new Error('no ticker')
    const used = process.cpuUsage(cpu)
    console.log(performance.now() - start, (used.user + used.system) / 1000)`,
  'ccxt: import ccxt + new ccxt.kraken() + publicGetTicker': `
    const start = performance.now()
    const cpu = process.cpuUsage()
    const { default: ccxt } = await import('ccxt')
    const exchange = new ccxt.kraken({ urls: { api: { public: process.env.SIM_URL, private: process.env.SIM_URL } } })
    const ticker = await exchange.publicGetTicker({ pair: 'XBTUSD' })
    if (!ticker.result.XXBTZUSD) throw new Error('no ticker')
    const used = process.cpuUsage(cpu)
    console.log(performance.now() - start, (used.user + used.system) / 1000)`,
} as const

/**
 * Cold start: import + client construction + first `getTicker` of @k/spot-rest vs ccxt, each in a fresh child
 * process (`node --input-type=module -e …`) against kraken-sim on 127.0.0.1. Uses the BUILT @k/spot-rest (its
 * dist and those of @k/signing and @k/errors): run `npx tsup` in packages/signing, packages/errors and
 * packages/spot-rest first.
 */
export async function runImportBench(options: BenchOptions): Promise<BenchTable> {
  const dist = join(benchRoot, '..', '..', 'packages', 'spot-rest', 'dist', 'index.js')
  if (!existsSync(dist))
    throw new Error('apps/bench import bench needs a build: run `npx tsup` in packages/spot-rest (and signing, errors)')
  const sim = await startSimulator({ seed: 7, rateLimits: false })
  try {
    const repeats = options.quick ? 1 : 9
    const times: Record<string, number[]> = {}
    const cpuTimes: Record<string, number[]> = {}
    // Interleaved, so a noisy moment hits both sides alike.
    for (let index = 0; index < repeats; index++) {
      for (const [name, script] of Object.entries(scripts)) {
        const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
          cwd: benchRoot,
          env: { ...process.env, SIM_URL: sim.url, NODE_OPTIONS: '' },
        })
        const [wall, cpu] = stdout.trim().split(' ').map(Number)
        times[name] = [...(times[name] ?? []), wall ?? Number.NaN]
        cpuTimes[name] = [...(cpuTimes[name] ?? []), cpu ?? Number.NaN]
      }
    }
    const rows: BenchRow[] = Object.entries(times).map(([name, values]) => {
      const meanNs = median(values) * 1e6
      return {
        name,
        meanNs,
        p50Ns: meanNs,
        opsPerSec: 1e9 / meanNs,
        note: `median of ${values.length} fresh processes (wall); CPU ${median(cpuTimes[name] ?? []).toFixed(0)} ms`,
      }
    })
    const ours = rows[0]?.meanNs ?? Number.NaN
    const theirs = rows[1]?.meanNs ?? Number.NaN
    for (const row of rows) row.ratio = `${((row.meanNs ?? Number.NaN) / theirs).toFixed(3)}× ccxt`
    return {
      title: 'Cold import + first call: @k/spot-rest vs ccxt (fresh node process each)',
      rows,
      target: '@k ≤ 1/10 of ccxt’s time',
      verdict: `${ours <= theirs / 10 ? 'met' : 'missed'}: @k takes ${(ours / theirs).toFixed(3)}× of ccxt’s time (1/${(theirs / ours).toFixed(1)})`,
      settings: { repeats, measured: 'first line of the script → first ticker parsed', build: 'dist (npx tsup)' },
    }
  } finally {
    await sim.close()
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
