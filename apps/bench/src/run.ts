import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchTable } from './BenchTable.js'
import { benchEnvironment } from './benchEnvironment.js'
import { discoverBenches } from './discoverBenches.js'
import { formatBenchTable } from './formatBenchTable.js'

// Runs every `src/*.bench.ts` (found at run time, never listed here), prints one table per bench function and writes
// results/latest.json. `--quick` or BENCH_QUICK=1 is the CI smoke: tiny N, numbers meaningless.
const here = dirname(fileURLToPath(import.meta.url))
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
// `--only=sign` runs only files whose name starts with `sign`.
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length)

const environment = benchEnvironment()
console.log(`@k bench${quick ? ' (quick smoke: numbers are not meaningful)' : ''}`)
console.log(`node ${environment.node} · ${environment.cpu} × ${environment.cores} · ${environment.os}\n`)

const results: Array<{ file: string; name: string; table?: BenchTable; error?: string }> = []
let failed = false
for (const bench of await discoverBenches(here)) {
  if (only && !bench.file.startsWith(only)) continue
  try {
    const table = await bench.run({ quick })
    results.push({ file: bench.file, name: bench.name, table })
    console.log(`${formatBenchTable(table)}\n`)
  } catch (error) {
    failed = true
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    results.push({ file: bench.file, name: bench.name, error: message })
    console.error(`✗ ${bench.file} ${bench.name} failed:\n${message}\n`)
  }
}

const output = join(here, '..', 'results', quick ? 'quick.tmp.json' : 'latest.json')
await mkdir(dirname(output), { recursive: true })
// With --only, keep the other benches' last results (each entry records its own environment) instead of dropping them.
const previous = only ? await readPrevious(output) : []
const merged = [
  ...previous.filter((entry) => !results.some((result) => result.file === entry.file && result.name === entry.name)),
  ...results.map((result) => ({ ...result, environment })),
].sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`))
await writeFile(output, `${JSON.stringify({ environment, quick, results: merged }, null, 2)}\n`)
console.log(`wrote ${output}`)
if (failed) process.exitCode = 1

type StoredResult = { file: string; name: string }
async function readPrevious(file: string): Promise<StoredResult[]> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { results?: StoredResult[] }
    return Array.isArray(parsed.results) ? parsed.results : []
  } catch {
    return []
  }
}
