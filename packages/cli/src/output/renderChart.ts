/** One candle's prices as numbers (display only; the data keeps Kraken's strings). */
export type Candle = { open: number; high: number; low: number; close: number }

const SPARKS = '▁▂▃▄▅▆▇█'

/**
 * A terminal candle chart (one column per candle: `│` wick, `█` rising body, `▒` falling body) with the price scale on
 * the left and a sparkline of closes under it. `color` adds green/red ANSI colours (TTY only).
 *
 * @example
 * renderChart(candles, { height: 12, width: 60, color: process.stdout.isTTY })
 */
export function renderChart(
  candles: readonly Candle[],
  options: { height?: number; width?: number; color?: boolean } = {},
): string {
  const height = Math.max(3, options.height ?? 12)
  const shown = candles.slice(-Math.max(1, (options.width ?? 60) - 12))
  if (shown.length === 0) return ''
  const high = Math.max(...shown.map((candle) => candle.high))
  const low = Math.min(...shown.map((candle) => candle.low))
  const span = high - low || 1
  const row = (price: number) => Math.round(((high - price) / span) * (height - 1))
  const grid = Array.from({ length: height }, () => Array.from({ length: shown.length }, () => ' '))
  shown.forEach((candle, x) => {
    const rising = candle.close >= candle.open
    const [bodyTop, bodyBottom] = [row(Math.max(candle.open, candle.close)), row(Math.min(candle.open, candle.close))]
    for (let y = row(candle.high); y <= row(candle.low); y++) {
      const body = y >= bodyTop && y <= bodyBottom
      const glyph = body ? (rising ? '█' : '▒') : '│'
      const colored = options.color ? `\x1b[${rising ? 32 : 31}m${glyph}\x1b[0m` : glyph
      const line = grid[y]
      if (line) line[x] = colored
    }
  })
  const labelWidth = Math.max(format(high).length, format(low).length)
  const lines = grid.map((line, y) => {
    const label = y === 0 ? format(high) : y === height - 1 ? format(low) : ''
    return `${label.padStart(labelWidth)} ┤${line.join('')}`
  })
  const closes = shown.map((candle) => candle.close)
  lines.push(`${'close'.padStart(labelWidth)}  ${sparkline(closes)}`)
  return `${lines.join('\n')}\n`
}

/** Sparkline of values with the eight block heights, e.g. `▁▃▅█`. */
export function sparkline(values: readonly number[]): string {
  const min = Math.min(...values)
  const span = Math.max(...values) - min || 1
  return values.map((value) => SPARKS[Math.round(((value - min) / span) * (SPARKS.length - 1))] ?? ' ').join('')
}

function format(value: number): string {
  return Number(value.toPrecision(8)).toString()
}
