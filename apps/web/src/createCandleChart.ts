import { CandlestickSeries, ColorType, createChart, type UTCTimestamp } from 'lightweight-charts'

/** One candle: `time` in Unix seconds, prices as numbers. */
export type Candle = {
  readonly time: number
  readonly open: number
  readonly high: number
  readonly low: number
  readonly close: number
}

/** The page's candle chart: replace all candles (new pair), or add/update the latest one (live `ohlc`). */
export type CandleChart = { set(candles: readonly Candle[]): void; update(candle: Candle): void }

/**
 * Creates the candlestick chart (TradingView's lightweight-charts) in `container`; the number of candles shown is
 * kept in the container's `data-candles`.
 *
 * @example
 * const chart = createCandleChart(document.querySelector('#chart')!)
 * chart.set([{ time: 1700000000, open: 1, high: 2, low: 0.5, close: 1.5 }])
 */
export function createCandleChart(container: HTMLElement): CandleChart {
  const chart = createChart(container, {
    autoSize: true,
    layout: { background: { type: ColorType.Solid, color: '#161c23' }, textColor: '#9aa7b5' },
    grid: { vertLines: { color: '#222b35' }, horzLines: { color: '#222b35' } },
    timeScale: { timeVisible: true, secondsVisible: false },
  })
  const series = chart.addSeries(CandlestickSeries, {
    upColor: '#3ecf8e',
    downColor: '#ff6b6b',
    wickUpColor: '#3ecf8e',
    wickDownColor: '#ff6b6b',
    borderVisible: false,
  })
  const times = new Set<number>()
  const bar = (candle: Candle) => ({ ...candle, time: candle.time as UTCTimestamp })
  return {
    set(candles) {
      times.clear()
      for (const candle of candles) times.add(candle.time)
      series.setData(candles.map(bar))
      chart.timeScale().fitContent()
      container.dataset.candles = String(times.size)
    },
    update(candle) {
      // lightweight-charts only accepts the latest bar or a newer one.
      const last = Math.max(0, ...times)
      if (candle.time < last) return
      times.add(candle.time)
      series.update(bar(candle))
      container.dataset.candles = String(times.size)
    },
  }
}
