/**
 * Plotting market data (seed 001 §4.4): hourly OHLC of XBTUSD, EMA 21/50/200 and pivot-point support/resistance
 * (S1–S3, R1–R3 over the last 50 candles), drawn as a hand-written SVG chart (no browser, no plotting library).
 * Run (writes the file and prints its path; set CHART_FILE to choose it):
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/plotOhlc.ts
 */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Market } from '@k/spot-rest'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

type Candle = { time: number; open: number; high: number; low: number; close: number }

/** Exponential moving average; the first value seeds with the first close (as pandas' `ewm(adjust=False)`). */
export function ema(values: readonly number[], span: number): number[] {
  const alpha = 2 / (span + 1)
  const out: number[] = []
  for (const [index, value] of values.entries())
    out.push(index === 0 ? value : alpha * value + (1 - alpha) * out[index - 1]!)
  return out
}

/** Classic floor-trader pivots from the high, low and last close of the lookback window. */
export function pivots(
  candles: readonly Candle[],
  lookback: number,
): Record<'P' | 'R1' | 'R2' | 'R3' | 'S1' | 'S2' | 'S3', number> {
  const window = candles.slice(-lookback)
  const high = Math.max(...window.map((candle) => candle.high))
  const low = Math.min(...window.map((candle) => candle.low))
  const close = window.at(-1)?.close ?? 0
  const P = (high + low + close) / 3
  return {
    P,
    R1: 2 * P - low,
    S1: 2 * P - high,
    R2: P + (high - low),
    S2: P - (high - low),
    R3: high + 2 * (P - low),
    S3: low - 2 * (high - P),
  }
}

function svgChart(
  candles: readonly Candle[],
  series: Record<string, number[]>,
  levels: Record<string, number>,
): string {
  const width = 1200
  const height = 600
  const all = [...candles.flatMap((candle) => [candle.high, candle.low]), ...Object.values(levels)]
  const min = Math.min(...all)
  const max = Math.max(...all)
  const x = (index: number) => ((index / Math.max(1, candles.length - 1)) * (width - 80) + 40).toFixed(1)
  const y = (price: number) => (height - 30 - ((price - min) / (max - min || 1)) * (height - 60)).toFixed(1)
  const colours: Record<string, string> = { close: '#333', ema21: '#1f77b4', ema50: '#ff7f0e', ema200: '#2ca02c' }
  const lines = Object.entries(series).map(
    ([name, values]) =>
      `<polyline data-series="${name}" fill="none" stroke="${colours[name] ?? '#999'}" stroke-width="1.5" points="${values.map((value, index) => `${x(index)},${y(value)}`).join(' ')}"/>`,
  )
  const pivotLines = Object.entries(levels).map(
    ([name, value]) =>
      `<line data-series="${name}" x1="40" x2="${width - 40}" y1="${y(value)}" y2="${y(value)}" stroke="${name.startsWith('R') ? '#d62728' : name.startsWith('S') ? '#2ca02c' : '#7f7f7f'}" stroke-dasharray="6 4"/><text x="${width - 38}" y="${y(value)}" font-size="11">${name} ${value.toFixed(1)}</text>`,
  )
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<rect width="100%" height="100%" fill="white"/>',
    `<text x="40" y="20" font-size="14">XBTUSD 1h — close, EMA 21/50/200, pivots (lookback 50)</text>`,
    ...lines,
    ...pivotLines,
    '</svg>',
  ].join('\n')
}

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions & { file?: string } = {}): Promise<string> {
  const env = await _openExample(options)
  const { log } = env
  try {
    // Only market data is needed: a Market client without keys.
    const ohlc = await new Market({ baseUrl: env.url }).getOhlc({ pair: 'XBTUSD', interval: 60 })
    // Rows are [time, open, high, low, close, vwap, volume, count] with decimals as strings; charting needs numbers.
    const candles: Candle[] = (ohlc.XXBTZUSD ?? []).map(([time, open, high, low, close]) => ({
      time,
      open: Number(open),
      high: Number(high),
      low: Number(low),
      close: Number(close),
    }))
    const closes = candles.map((candle) => candle.close)
    const series = { close: closes, ema21: ema(closes, 21), ema50: ema(closes, 50), ema200: ema(closes, 200) }
    const levels = pivots(candles, 50)
    const file = options.file ?? process.env.CHART_FILE ?? join(tmpdir(), 'kraken-xbtusd-1h.svg')
    await writeFile(file, svgChart(candles, series, levels))
    log(`candles: ${candles.length}`)
    log(
      `last close ${closes.at(-1)}, EMA21 ${series.ema21.at(-1)?.toFixed(1)}, EMA50 ${series.ema50.at(-1)?.toFixed(1)}, EMA200 ${series.ema200.at(-1)?.toFixed(1)}`,
    )
    log(
      `pivots: ${Object.entries(levels)
        .map(([name, value]) => `${name}=${value.toFixed(1)}`)
        .join(' ')}`,
    )
    log(`chart written: ${file}`)
    return file
  } finally {
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
