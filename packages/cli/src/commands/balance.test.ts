import { createSimAccount } from '@k/testkit/vitest'
import { describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const sim = inject('krakenSim')
const env = simEnv(sim)

describe('kraken balance', () => {
  it('prints the balances of the account whose keys are in the environment', async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '250.0000', XETH: '3.0000000000' } })
    const run = await runKraken(['-o', 'table', 'balance'], {
      env: { ...env, KRAKEN_SPOT_API_KEY: account.key, KRAKEN_SPOT_SECRET_KEY: account.secret },
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^ASSET\s+BALANCE\n/)
    expect(run.stdout).toMatch(/\nZUSD\s+250\.0000\n/)
    expect(run.stdout).toMatch(/\nXETH\s+3\.0000000000\n/)
  })

  it('takes kraken-cli’s KRAKEN_API_KEY / KRAKEN_API_SECRET as a fallback', async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '7.0000' } })
    const run = await runKraken(['balance'], {
      env: { ...env, KRAKEN_API_KEY: account.key, KRAKEN_API_SECRET: account.secret },
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ZUSD: '7.0000' })
  })

  it('exits 3 with a hint about the variables when no credentials are set', async () => {
    const run = await runKraken(['-o', 'table', 'balance'], { env })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('Kraken code: EAPI:Missing credentials (auth, exit 3)')
    expect(run.stderr).toContain('KRAKEN_SPOT_API_KEY')
  })
})
