import { createSimAccount, simRequestCount } from '@k/testkit/vitest'
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { runInPty } from '../../test/runInPty.js'
import { simEnv } from '../../test/runKraken.js'

const sim = inject('krakenSim')

describe('kraken order confirmation prompt (pseudo-terminal)', () => {
  let env: Record<string, string>
  let key: string
  let pty: ReturnType<typeof runInPty> | undefined
  beforeAll(async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '50000.0000' } })
    key = account.key
    env = { ...simEnv(sim), KRAKEN_SPOT_API_KEY: account.key, KRAKEN_SPOT_SECRET_KEY: account.secret }
  })
  afterEach(() => pty?.kill())
  const addOrders = () => simRequestCount(sim, key, 'POST /0/private/AddOrder')

  it('asks before sending and places the order on "y"', async () => {
    const before = await addOrders()
    pty = runInPty('-o json order add buy XBTUSD 0.01 --price 1000', env)
    await pty.waitFor((text) => text.includes('[y/N]'))
    expect(pty.screen()).toContain('send order: buy 0.01 XBTUSD limit @ 1000? [y/N]')
    pty.type('y\r')
    expect(await pty.exit).toBe(0)
    expect(pty.screen()).toMatch(/"txid":\["[A-Z0-9-]+"\]/)
    expect(await addOrders()).toBe(before + 1)
  })

  it('sends nothing when the answer is not yes', async () => {
    const before = await addOrders()
    pty = runInPty('-o json order cancel-all', env)
    await pty.waitFor((text) => text.includes('[y/N]'))
    pty.type('n\r')
    expect(await pty.exit).toBe(1)
    expect(pty.screen()).toContain('EClient:Not confirmed')
    expect(await addOrders()).toBe(before)
    expect(await simRequestCount(sim, key, 'POST /0/private/CancelAll')).toBe(0)
  })
})
