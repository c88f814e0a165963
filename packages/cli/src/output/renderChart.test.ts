import { describe, expect, it } from 'vitest'
import { renderChart, sparkline } from './renderChart.js'

describe('renderChart', () => {
  it('draws one column per candle: wicks, rising and falling bodies, the price scale and a sparkline', () => {
    const chart = renderChart(
      [
        { open: 10, high: 12, low: 9, close: 11 },
        { open: 11, high: 14, low: 10, close: 13 },
        { open: 13, high: 13, low: 8, close: 9 },
      ],
      { height: 6, width: 40 },
    )
    const lines = chart.trimEnd().split('\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toMatch(/^14 ┤/)
    expect(lines[5]).toMatch(/^ 8 ┤/)
    const columns = lines.slice(0, 6).map((line) => line.slice(line.indexOf('┤') + 1))
    expect(columns.map((line) => line[1]).join('')).toContain('█') // the rising middle candle
    expect(columns.map((line) => line[2]).join('')).toContain('▒') // the falling last candle
    expect(columns.map((line) => line[2]).join('')).toContain('│')
    expect(lines[6]).toBe('close  ▅█▁') // closes 11, 13, 9 → (11-9)/4·7 = 3.5 → height 5 of 8
  })

  it('sparkline spans the eight heights', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█')
    expect(sparkline([5, 5])).toBe('▁▁')
  })
})
