import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { discoverBenches } from './discoverBenches.js'
import { formatBenchTable } from './formatBenchTable.js'

// CI smoke (STYLE §9.10): every discovered bench runs in quick mode and returns a table with rows. No timings are
// asserted; the numbers of a quick run mean nothing.
const benches = await discoverBenches(dirname(fileURLToPath(import.meta.url)))

describe('benches (quick smoke)', () => {
  test('the sign bench is discovered, so discovery works', () => {
    expect(benches.map((bench) => `${bench.file}#${bench.name}`)).toContain('sign.bench.ts#runSignBench')
  })

  test.each(benches.map((bench) => [`${bench.file}#${bench.name}`, bench] as const))('%s', async (_label, bench) => {
    const table = await bench.run({ quick: true })
    expect(table.title.length).toBeGreaterThan(0)
    expect(table.rows.length).toBeGreaterThan(0)
    for (const row of table.rows) expect(row.name.length).toBeGreaterThan(0)
    expect(formatBenchTable(table)).toContain(table.title)
  })
})

describe('formatBenchTable', () => {
  test('fills in ratios against the floor row (p50 when present) and prints target and verdict', () => {
    const text = formatBenchTable({
      title: 'Example',
      rows: [
        { name: 'floor: bare', meanNs: 1_000, p50Ns: 900 },
        { name: '@k: call', meanNs: 1_500, p50Ns: 1_800, note: 'n' },
        { name: 'other: call', meanNs: 2_500 },
      ],
      target: 'fast',
      verdict: 'met',
    })
    expect(text).toMatchInlineSnapshot(`
      "### Example

      | name | ops/s | mean | p50 | p99 | ratio | note |
      |---|---|---|---|---|---|---|
      | floor: bare |  | 1.00 µs | 900 ns |  | 1.00× floor |  |
      | @k: call |  | 1.50 µs | 1.80 µs |  | 2.00× floor | n |
      | other: call |  | 2.50 µs |  |  | 2.50× floor (mean) |  |

      Target: fast
      Verdict: met"
    `)
  })
})
