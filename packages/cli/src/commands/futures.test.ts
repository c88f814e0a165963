import { createSimAccount } from '@k/testkit/vitest'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const sim = inject('krakenSim')
const env = simEnv(sim)

describe('kraken futures (raw mode)', () => {
  let account: Awaited<ReturnType<typeof createSimAccount>>
  beforeAll(async () => {
    account = await createSimAccount(sim, {})
  })

  it('GETs public tickers from a full URL', async () => {
    const run = await runKraken(['futures', `${sim.futuresUrl}/derivatives/api/v3/tickers`])
    expect(run.code).toBe(0)
    const answer = JSON.parse(run.stdout) as { result: string; tickers: unknown[] }
    expect(answer.result).toBe('success')
    expect(answer.tickers.length).toBeGreaterThan(0)
  })

  it('signs /derivatives/api/v3/openpositions with the futures credentials', async () => {
    const run = await runKraken(['futures', '/derivatives/api/v3/openpositions'], {
      env: { ...env, KRAKEN_FUTURES_API_KEY: account.futuresKey, KRAKEN_FUTURES_SECRET_KEY: account.futuresSecret },
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ result: 'success', openPositions: [] })
  })

  it('sends -q as the query string of a signed call', async () => {
    const run = await runKraken(['futures', '-q', '{"symbol":"PF_XBTUSD"}', '/derivatives/api/v3/orderbook'], {
      env: { ...env, KRAKEN_FUTURES_API_KEY: account.futuresKey, KRAKEN_FUTURES_SECRET_KEY: account.futuresSecret },
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ result: 'success' })
  })

  it('exits 3 when a private futures call has no credentials', async () => {
    const run = await runKraken(['futures', '/derivatives/api/v3/openpositions'], { env })
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'auth' })
  })

  it('rejects bad JSON in -q with exit 2', async () => {
    const run = await runKraken(['futures', '-q', '[1', '/derivatives/api/v3/tickers'], { env })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).message).toContain('--query is not valid JSON')
  })
})
