import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchOptions, BenchRow, BenchTable } from './BenchTable.js'

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages', 'cli')
const binary = join(cliDir, 'dist', 'bin.js')
const TARGET_MS = 150

/**
 * `kraken` start-up: wall time of spawning `node packages/cli/dist/bin.js --version` (and `--help`, which builds the
 * whole command tree) until it exits, against the floor of spawning a bare `node -e 0`. Each run is a fresh process,
 * so this is what a user waits for; the SDK packages are imported only inside command actions.
 */
export async function runCliBench(options: BenchOptions): Promise<BenchTable> {
  if (!existsSync(binary)) {
    execFileSync(process.execPath, [join(cliDir, 'node_modules', 'tsup', 'dist', 'cli-default.js')], {
      cwd: cliDir,
      stdio: 'ignore',
    })
  }
  const runs = options.quick ? 2 : 30
  const version = spawnSync(process.execPath, [binary, '--version'], { encoding: 'utf8' })
  if (version.status !== 0 || !/^\d+\.\d+\.\d+/.test(version.stdout)) {
    throw new Error(`kraken --version failed: ${version.status} ${version.stderr}`)
  }

  const measure = (name: string, args: string[], note: string): BenchRow & { meanMs: number } => {
    spawnSync(process.execPath, args) // warm the file system cache
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const started = process.hrtime.bigint()
      const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
      times.push(Number(process.hrtime.bigint() - started))
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}`)
    }
    times.sort((a, b) => a - b)
    const meanNs = times.reduce((sum, time) => sum + time, 0) / times.length
    const at = (quantile: number) => times[Math.min(times.length - 1, Math.floor(quantile * times.length))] ?? 0
    const min = `min ${((times[0] ?? 0) / 1e6).toFixed(1)} ms`
    return {
      name,
      meanNs,
      p50Ns: at(0.5),
      p99Ns: at(0.99),
      opsPerSec: 1e9 / meanNs,
      note: `${note}; ${min}`,
      meanMs: meanNs / 1e6,
    }
  }

  const floor = measure('floor: node -e 0', ['-e', '0'], 'bare Node.js start-up and exit')
  const versionRow = measure('@k: kraken --version', [binary, '--version'], 'answered in bin.js before commander loads')
  const help = measure('@k: kraken --help', [binary, '--help'], 'commander + every command definition, no SDK import')
  const rows = [floor, versionRow, help].map(({ meanMs: _meanMs, ...row }) => row)
  const met = versionRow.meanMs <= TARGET_MS
  return {
    title: 'CLI start-up (spawn → exit)',
    rows,
    target: `kraken --version ≤ ${TARGET_MS} ms wall time`,
    verdict: `${met ? 'met' : 'missed'}: --version ${versionRow.meanMs.toFixed(1)} ms mean (node floor ${floor.meanMs.toFixed(1)} ms)`,
    // Wall time includes the machine's load; the load average is recorded so a slow run can be recognised.
    settings: { runs, node: process.version, loadAverage1m: Number(loadavg()[0]?.toFixed(2)) },
  }
}
