import type { BenchRow, BenchTable } from './BenchTable.js'

/**
 * Renders a table as GitHub markdown (readable in a terminal too): name, ops/s, mean, p50, p99, ratio vs the
 * `floor:` row, note; then target and verdict. Fills in `ratio` from `meanNs` when the bench did not.
 *
 * @example
 * console.log(formatBenchTable({ title: 'Signing', rows: [{ name: 'floor: x', meanNs: 1000 }] }))
 */
export function formatBenchTable(table: BenchTable): string {
  const rows = withRatios(table.rows)
  const hasPercentiles = rows.some((row) => row.p50Ns !== undefined || row.p99Ns !== undefined)
  const header = ['name', 'ops/s', 'mean', ...(hasPercentiles ? ['p50', 'p99'] : []), 'ratio', 'note']
  const lines = [`### ${table.title}`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const row of rows) {
    const cells = [
      row.name,
      row.opsPerSec === undefined ? '' : Math.round(row.opsPerSec).toLocaleString('en-US'),
      formatNs(row.meanNs),
      ...(hasPercentiles ? [formatNs(row.p50Ns), formatNs(row.p99Ns)] : []),
      row.ratio ?? '',
      row.note ?? '',
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  if (table.settings) {
    const settings = Object.entries(table.settings).map(([key, value]) => `${key}=${String(value)}`)
    lines.push('', `Settings: ${settings.join(', ')}`)
  }
  if (table.target) lines.push('', `Target: ${table.target}`)
  if (table.verdict) lines.push(`Verdict: ${table.verdict}`)
  return lines.join('\n')
}

// Ratio vs the `floor:` row on the median when both have one (robust against GC pauses and noisy neighbours on a
// shared machine), else on the mean.
function withRatios(rows: readonly BenchRow[]): BenchRow[] {
  const floor = rows.find((row) => row.name.startsWith('floor:'))
  if (!floor) return [...rows]
  return rows.map((row) => {
    if (row.ratio !== undefined) return row
    if (row.p50Ns !== undefined && floor.p50Ns !== undefined) {
      return { ...row, ratio: `${(row.p50Ns / floor.p50Ns).toFixed(2)}× floor` }
    }
    if (row.meanNs !== undefined && floor.meanNs !== undefined) {
      return { ...row, ratio: `${(row.meanNs / floor.meanNs).toFixed(2)}× floor (mean)` }
    }
    return row
  })
}

function formatNs(ns: number | undefined): string {
  if (ns === undefined) return ''
  if (ns < 1_000) return `${ns.toFixed(0)} ns`
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(2)} µs`
  return `${(ns / 1_000_000).toFixed(2)} ms`
}
