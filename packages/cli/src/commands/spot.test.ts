import { createSimAccount, simRequestCount } from '@k/testkit/vitest'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const sim = inject('krakenSim')
const env = simEnv(sim)

describe('kraken spot (raw mode, python-kraken-sdk compatible)', () => {
  let account: Awaited<ReturnType<typeof createSimAccount>>
  beforeAll(async () => {
    account = await createSimAccount(sim, { balances: { ZUSD: '1234.5000', XXBT: '0.5000000000' } })
  })
  const credentials = () => ({ KRAKEN_SPOT_API_KEY: account.key, KRAKEN_SPOT_SECRET_KEY: account.secret })

  it('GETs a public endpoint given as a full URL and prints the result as one JSON line', async () => {
    const run = await runKraken(['spot', `${sim.url}/0/public/Time`])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as { unixtime: number; rfc1123: string }
    expect(result.unixtime).toBeGreaterThan(1_600_000_000)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('takes a path on KRAKEN_SPOT_URL', async () => {
    const run = await runKraken(['spot', '/0/public/Time'], { env })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveProperty('rfc1123')
  })

  it('signs /0/private/Balance with env credentials and the simulator accepts it', async () => {
    const before = await simRequestCount(sim, account.key, 'POST /0/private/Balance')
    const run = await runKraken(['spot', '-X', 'POST', '/0/private/Balance'], { env: { ...env, ...credentials() } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ZUSD: '1234.5000', XXBT: '0.5000000000' })
    expect(await simRequestCount(sim, account.key, 'POST /0/private/Balance')).toBe(before + 1)
  })

  it('uses POST for a private path when -X is not given, and sends --data', async () => {
    const run = await runKraken(['spot', '/0/private/TradeBalance', '--data', '{"asset":"ZUSD"}'], {
      env: { ...env, ...credentials() },
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveProperty('eb')
  })

  it('accepts --api-key/--secret-key flags (python style) and warns about the secret flag', async () => {
    const run = await runKraken([
      'spot',
      `--api-key=${account.key}`,
      `--secret-key=${account.secret}`,
      '-X',
      'POST',
      `${sim.url}/0/private/Balance`,
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Warning: --secret-key')
    expect(run.stderr).not.toContain(account.secret)
  })

  it('reads the secret from stdin with --secret-stdin', async () => {
    const run = await runKraken(['spot', '--api-key', account.key, '--secret-stdin', '/0/private/Balance'], {
      env,
      input: `${account.secret}\n`,
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveProperty('ZUSD')
  })

  it('exits 3 with Kraken’s error string when the signature is wrong', async () => {
    const wrong = Buffer.from('not the right secret at all').toString('base64')
    const run = await runKraken(['-o', 'json', 'spot', '/0/private/Balance'], {
      env: { ...env, KRAKEN_SPOT_API_KEY: account.key, KRAKEN_SPOT_SECRET_KEY: wrong },
    })
    expect(run.code).toBe(3)
    const envelope = JSON.parse(run.stdout) as { error: string; code: string; exitCode: number }
    expect(envelope).toMatchObject({ error: 'auth', exitCode: 3 })
    expect(envelope.code).toMatch(/^EAPI:Invalid (signature|key)/)
  })

  it('exits 3 before sending anything when a private call has no credentials', async () => {
    const run = await runKraken(['spot', '/0/private/Balance'], { env })
    expect(run.code).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'auth', code: 'EAPI:Missing credentials' })
  })

  it('rejects bad JSON in --data with a usage message and exit 2 (python exits 0 here)', async () => {
    const run = await runKraken(['spot', '-d', '{"asset":', '/0/public/Time'], { env })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'usage' })
    expect(JSON.parse(run.stdout).message).toContain('--data is not valid JSON')
  })

  it('rejects an unknown -X method and a missing URL with exit 2', async () => {
    const method = await runKraken(['spot', '-X', 'PATCH', '/0/public/Time'], { env })
    expect(method.code).toBe(2)
    expect(method.stderr).toContain('Use GET, POST, PUT or DELETE')
    const missing = await runKraken(['spot'], { env })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("missing required argument 'url'")
  })

  it('logs requests with -v on stderr without credentials', async () => {
    const run = await runKraken(['-v', 'spot', '/0/private/Balance'], { env: { ...env, ...credentials() } })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('> POST')
    expect(run.stderr).toContain('(signed)')
    expect(run.stderr).not.toContain(account.key)
    expect(run.stderr).not.toContain(account.secret)
  })
})
