import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))

describe('kraken trades', () => {
  it('prints recent trades as JSON with Kraken’s `last` cursor', async () => {
    const run = await runKraken(['trades', 'XBTUSD', '--count', '5'], { env })
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    expect(result).toHaveProperty('last')
    const trades = Object.entries(result).find(([key]) => key !== 'last')?.[1] as unknown[][]
    expect(trades.length).toBeGreaterThan(0)
    expect(trades.length).toBeLessThanOrEqual(5)
  })

  it('prints a table of time, side, price and volume', async () => {
    const run = await runKraken(['-o', 'table', 'trades', 'XBTUSD', '--count', '3'], { env })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^TIME \(\S+\)\s+SIDE\s+PRICE\s+VOLUME/)
    expect(run.stdout).toMatch(/\n\d{4}-\d\d-\d\dT\S+Z\s+(buy|sell)\s+\d/)
  })
})
