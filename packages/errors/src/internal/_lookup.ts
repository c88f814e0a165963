import { type ErrorRow, errorTable } from '../errorTable.js'

// Built once on first use: exact strings, prefix rows sorted longest first, and `E<Category>:` heads.
let index: { exact: Map<string, ErrorRow>; prefixes: ErrorRow[]; heads: Map<string, ErrorRow> } | undefined

/**
 * Kraken writes some strings with spaces around the colons (`EService: Throttled: 1700000000`); compare without them.
 * Only Spot-style `E<Category>:` strings are normalised; Futures codes are compared as sent.
 */
export function _normalise(raw: string): string {
  const trimmed = raw.trim()
  return /^E[A-Za-z]+\s*:/.test(trimmed) ? trimmed.replace(/\s*:\s*/g, ':') : trimmed
}

/** Finds the row for one Kraken string: exact → longest prefix → `E<Category>:` head → undefined. */
export function _lookup(raw: string): ErrorRow | undefined {
  index ??= build()
  const text = _normalise(raw)
  const exact = index.exact.get(text)
  if (exact) return exact
  for (const row of index.prefixes) if (text.startsWith(row.match)) return row
  const head = /^E[A-Za-z]+:/.exec(text)
  return head ? index.heads.get(head[0]) : undefined
}

function build() {
  const exact = new Map<string, ErrorRow>()
  const heads = new Map<string, ErrorRow>()
  const prefixes: ErrorRow[] = []
  for (const row of errorTable) {
    if (row.kind === 'category') {
      heads.set(row.match, row)
      continue
    }
    if (!exact.has(row.match)) exact.set(row.match, row)
    if (row.kind === 'prefix') prefixes.push(row)
  }
  prefixes.sort((a, b) => b.match.length - a.match.length)
  return { exact, prefixes, heads }
}
