import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))

describe('kraken ticker', () => {
  it('prints Kraken’s ticker result as one JSON line', async () => {
    const run = await runKraken(['ticker', 'XBTUSD', 'ETHUSD'], { env })
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, { c: string[]; a: string[]; b: string[] }>
    expect(Object.keys(result)).toHaveLength(2)
    for (const entry of Object.values(result)) expect(Number(entry.a[0])).toBeGreaterThan(Number(entry.b[0]))
  })

  it('prints a table with last, bid and ask', async () => {
    const run = await runKraken(['-o', 'table', 'ticker', 'XBTUSD'], { env })
    expect(run.code).toBe(0)
    const [header, rule, row] = run.stdout.split('\n')
    expect(header).toMatch(/^PAIR\s+LAST\s+BID\s+ASK/)
    expect(rule).toMatch(/^-+ +-+/)
    expect(row).toMatch(/^\S*XBT\S*USD\s+\d/)
  })

  it('reports EQuery:Unknown asset pair with its meaning and a suggestion (exit code from @k/errors’ category)', async () => {
    const run = await runKraken(['ticker', 'NOSUCHPAIR'], { env })
    const envelope = JSON.parse(run.stdout) as {
      code: string
      error: string
      exitCode: number
      meaning?: string
      suggestion?: string
    }
    expect(envelope.code).toBe('EQuery:Unknown asset pair')
    expect(run.code).toBe(envelope.exitCode)
    expect(run.code).toBe(envelope.error === 'validation' ? 2 : 1)
    expect(envelope.meaning).toBe('Kraken does not list this pair.')
    expect(envelope.suggestion).toContain('AssetPairs')
  })
})
