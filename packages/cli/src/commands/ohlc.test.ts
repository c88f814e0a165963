import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))

describe('kraken ohlc', () => {
  it('prints the candles as JSON', async () => {
    const run = await runKraken(['ohlc', 'XBTUSD', '--interval', '60'], { env })
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    const candles = Object.entries(result).find(([key]) => key !== 'last')?.[1] as unknown[][]
    expect(candles.length).toBeGreaterThan(1)
    expect(candles[0]).toHaveLength(8)
  })

  it('prints the last N candles as a table followed by a candle chart and a sparkline', async () => {
    const run = await runKraken(['-o', 'table', 'ohlc', 'XBTUSD', '--limit', '5'], { env })
    expect(run.code).toBe(0)
    const [table, chart] = run.stdout.split('\n\n')
    expect(table?.split('\n')).toHaveLength(2 + 5)
    expect(table).toMatch(/^TIME\s+OPEN\s+HIGH\s+LOW\s+CLOSE/)
    expect(chart).toContain('┤')
    expect(chart).toMatch(/[█▒]/)
    expect(chart).toMatch(/close\s+[▁▂▃▄▅▆▇█]+/)
  })

  it('--no-chart prints the table only', async () => {
    const run = await runKraken(['-o', 'table', 'ohlc', 'XBTUSD', '--no-chart'], { env })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('┤')
  })
})
