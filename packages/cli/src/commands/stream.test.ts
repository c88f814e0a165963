import { createSimAccount } from '@k/testkit/vitest'
import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const sim = inject('krakenSim')
const env = simEnv(sim)

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

  it('subscribes to a private channel with a token fetched through REST (balances)', async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '42.0000' } })
    const run = await runKraken(['stream', 'balances', '--count', '1'], {
      env: { ...env, KRAKEN_SPOT_API_KEY: account.key, KRAKEN_SPOT_SECRET_KEY: account.secret },
    })
    expect(run.code).toBe(0)
    const snapshot = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { channel?: string; data?: Array<{ asset: string }> })
      .find((message) => message.channel === 'balances')
    expect(snapshot?.data?.map((entry) => entry.asset)).toContain('USD')
  })
})
