import type { CommandOutput, OutputFormat } from '../types.js'
import { renderTable } from './renderTable.js'

/**
 * Text for a command's output: one JSON line in `json` mode; in `table` mode the table (or indented JSON when the
 * command has no table) followed by its extra text, such as a chart.
 */
export function renderOutput(output: CommandOutput, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(output.data ?? null)}\n`
  const table =
    output.columns && output.rows
      ? renderTable(output.columns, output.rows)
      : `${JSON.stringify(output.data, null, 2)}\n`
  return output.text ? `${table}\n${output.text.replace(/\n?$/, '\n')}` : table
}
