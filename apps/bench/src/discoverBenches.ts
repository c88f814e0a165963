import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchOptions, BenchTable } from './BenchTable.js'

/** A bench function found at run time. */
export type DiscoveredBench = {
  /** File name, e.g. `sign.bench.ts`. */
  file: string
  /** Export name, e.g. `runSignBench`. */
  name: string
  run: (options: BenchOptions) => Promise<BenchTable>
}

const BENCH_FILE = /\.bench\.ts$/
const BENCH_EXPORT = /^run\w+Bench$/

/**
 * Finds every `*.bench.ts` in `directory` (sorted by name) and every exported function named `run<Topic>Bench` in
 * it. Nothing is listed by hand: an engineer adds `src/<topic>.bench.ts` and the runner picks it up.
 *
 * @example
 * for (const bench of await discoverBenches(new URL('.', import.meta.url).pathname)) await bench.run({ quick: true })
 */
export async function discoverBenches(directory: string): Promise<DiscoveredBench[]> {
  const files = (await readdir(directory)).filter((file) => BENCH_FILE.test(file)).sort()
  const found: DiscoveredBench[] = []
  for (const file of files) {
    const module = (await import(pathToFileURL(join(directory, file)).href)) as Record<string, unknown>
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => a.localeCompare(b))) {
      if (BENCH_EXPORT.test(name) && typeof value === 'function') {
        found.push({ file, name, run: value as DiscoveredBench['run'] })
      }
    }
  }
  return found
}
