import { isKrakenError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccountBalance } from './actions/user/getAccountBalance.js'
import { SpotClient } from './SpotClient.js'

const ACCOUNT = { key: 'nonce-concurrency-key', secret: Buffer.from('nonce concurrency secret').toString('base64') }
let sim: Awaited<ReturnType<typeof startSimulator>>

beforeAll(async () => {
  sim = await startSimulator({ rateLimits: false, accounts: [{ ...ACCOUNT, balances: { ZUSD: '1' } }] })
})

afterAll(async () => {
  await sim.close()
})

describe('nonces under concurrency', () => {
  it('1,000 concurrent private calls through one client: 0 EAPI:Invalid nonce, no re-sign', async () => {
    const client = new SpotClient({ baseUrl: sim.url, ...ACCOUNT, rateLimit: false, timeout: 30_000 })
    const results = await Promise.allSettled(Array.from({ length: 1_000 }, () => getAccountBalance(client)))
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
    const nonceErrors = failures.filter((error) => isKrakenError(error) && error.code === 'EAPI:Invalid nonce')
    expect(nonceErrors).toHaveLength(0)
    expect(failures).toEqual([])
    // Exactly one request per call: the one-time re-sign after an invalid nonce never had to happen.
    expect(await simRequestCount(sim, ACCOUNT.key)).toBe(1_000)
  })
})
