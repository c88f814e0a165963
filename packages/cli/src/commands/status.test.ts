import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))

describe('kraken status', () => {
  it('prints the system status and server time', async () => {
    const run = await runKraken(['status'], { env })
    expect(run.code).toBe(0)
    const status = JSON.parse(run.stdout) as { status: string; serverTime: number }
    expect(status.status).toBe('online')
    expect(status.serverTime).toBeGreaterThan(1_600_000_000)
  })
})
