import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))

type BookLine = {
  symbol: string
  type: string
  bids: [string, string][]
  asks: [string, string][]
  checksum: number
  valid: boolean
}

describe('kraken book', () => {
  it('--once prints one verified snapshot as JSON', async () => {
    const run = await runKraken(['book', 'BTC/USD', '--once', '-o', 'json'], { env })
    expect(run.code).toBe(0)
    const book = JSON.parse(run.stdout) as BookLine
    expect(book).toMatchObject({ symbol: 'BTC/USD', type: 'snapshot', valid: true })
    expect(book.bids).toHaveLength(10)
    expect(Number(book.bids[0]?.[0])).toBeLessThan(Number(book.asks[0]?.[0]))
    expect(typeof book.checksum).toBe('number')
  })

  it('--once as a table shows both sides and the checksum state; REST pair names are converted', async () => {
    const run = await runKraken(['-o', 'table', 'book', 'XBTUSD', '--once', '--depth', '25'], { env })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('BID QTY')
    expect(run.stdout).toMatch(/BTC\/USD checksum OK \d+/)
    expect(run.stdout.split('\n').length).toBeGreaterThan(25)
  })

  it('streams NDJSON books without a terminal, every checksum valid, and stops after --count', async () => {
    const run = await runKraken(['book', 'BTC/USD', '--count', '4'], { env })
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as BookLine)
    expect(lines).toHaveLength(4)
    expect(lines[0]?.type).toBe('snapshot')
    expect(lines.every((line) => line.valid)).toBe(true)
  })

  it('rejects a depth Kraken does not offer with exit 2', async () => {
    const run = await runKraken(['book', 'BTC/USD', '--depth', '7'], { env })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'validation' })
  })

  it('exits 5 with a protocol envelope when the snapshot fails its checksum (--once)', async () => {
    const run = await runKraken(['book', 'BTC/USD', '--once'], {
      env: { ...env, KRAKEN_WS_URL: `${env.KRAKEN_WS_URL}?corruptChecksumEveryN=1` },
    })
    expect(run.code).toBe(5)
    expect(JSON.parse(run.stdout)).toMatchObject({
      error: 'protocol',
      code: 'EChecksum',
      exitCode: 5,
    })
  })

  it('reports a corrupted update as valid:false, resubscribes, and is valid again after the new snapshot', async () => {
    const run = await runKraken(['-v', 'book', 'BTC/USD', '--count', '12'], {
      env: { ...env, KRAKEN_WS_URL: `${env.KRAKEN_WS_URL}?corruptChecksumEveryN=4` },
    })
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as BookLine)
    const firstBad = lines.findIndex((line) => !line.valid)
    expect(firstBad).toBeGreaterThan(0)
    expect(run.stderr).toContain('checksum mismatch for BTC/USD, resubscribing')
    expect(lines.slice(firstBad + 1).some((line) => line.type === 'snapshot' && line.valid)).toBe(true)
  })
})
