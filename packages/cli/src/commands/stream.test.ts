import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))

describe('kraken stream', () => {
  it('prints WS v2 ticker messages as NDJSON and stops after --count channel messages', async () => {
    const run = await runKraken(['stream', 'ticker', 'BTC/USD', '--count', '2'], { env })
    expect(run.code).toBe(0)
    const messages = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { channel?: string; method?: string })
    expect(messages.filter((message) => message.channel === 'ticker')).toHaveLength(2)
    expect(messages.some((message) => message.channel === 'heartbeat')).toBe(false)
  })

  it('streams trades for two pairs', async () => {
    const run = await runKraken(['stream', 'trade', 'BTC/USD', 'ETH/USD', '--count', '1'], { env, timeoutMs: 15_000 })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('"channel":"trade"')
  })

  it('exits 1 with Kraken’s error when the subscription is refused', async () => {
    const run = await runKraken(['stream', 'nosuchchannel', 'BTC/USD', '--count', '1'], { env })
    expect(run.code).not.toBe(0)
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}')).toHaveProperty('code')
  })
})
