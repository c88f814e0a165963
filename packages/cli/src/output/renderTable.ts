import type { Column } from '../types.js'

/**
 * Aligned plain-text table: a header, a rule, one line per row. Numbers (decimal strings) align right by default.
 *
 * @example
 * renderTable([{ key: 'pair', title: 'PAIR' }], [{ pair: 'XBTUSD' }]) // "PAIR\n------\nXBTUSD\n"
 */
export function renderTable(
  columns: readonly Column[],
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): string {
  const cells = rows.map((row) => columns.map((column) => format(row[column.key])))
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...cells.map((line) => (line[index] ?? '').length)),
  )
  const align = columns.map(
    (column, index) =>
      column.align ?? (cells.length > 0 && cells.every((line) => isNumeric(line[index])) ? 'right' : 'left'),
  )
  const line = (values: readonly string[]) =>
    values
      .map((value, index) =>
        align[index] === 'right' ? value.padStart(widths[index] ?? 0) : value.padEnd(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd()
  const header = line(columns.map((column) => column.title))
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [header, rule, ...cells.map(line)].join('\n') + '\n'
}

function format(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function isNumeric(value: string | undefined): boolean {
  return value === '' || (value !== undefined && /^-?\d+(\.\d+)?$/.test(value))
}
