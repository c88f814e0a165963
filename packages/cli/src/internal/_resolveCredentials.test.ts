import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { _resolveCredentials } from './_resolveCredentials.js'

describe('_resolveCredentials', () => {
  const env = {
    KRAKEN_SPOT_API_KEY: 'spot-key',
    KRAKEN_SPOT_SECRET_KEY: 'spot-secret',
    KRAKEN_API_KEY: 'cli-key',
    KRAKEN_API_SECRET: 'cli-secret',
    KRAKEN_FUTURES_API_KEY: 'futures-key',
    KRAKEN_FUTURES_SECRET_KEY: 'futures-secret',
  }

  it('prefers flags, then python-kraken-sdk’s variables, then kraken-cli’s (Spot only)', () => {
    expect(_resolveCredentials({ env, flagKey: 'flag-key', flagSecret: 'flag-secret' })('spot')?.key).toBe('flag-key')
    expect(_resolveCredentials({ env })('spot')?.secret).toBe('spot-secret')
    expect(
      _resolveCredentials({ env: { KRAKEN_API_KEY: 'cli-key', KRAKEN_API_SECRET: 'cli-secret' } })('spot')?.key,
    ).toBe('cli-key')
    expect(
      _resolveCredentials({ env: { KRAKEN_API_KEY: 'cli-key', KRAKEN_API_SECRET: 'cli-secret' } })('futures'),
    ).toBeUndefined()
    expect(_resolveCredentials({ env })('futures')?.key).toBe('futures-key')
  })

  it('falls back to the --sim demo account', () => {
    const sim = { spot: { key: 'demo', secret: 'demo-secret' }, futures: { key: 'f-demo', secret: 'f-secret' } }
    expect(_resolveCredentials({ env: {}, sim })('futures')?.key).toBe('f-demo')
  })

  it('returns objects that JSON.stringify, inspect and String show without the values', () => {
    const credentials = _resolveCredentials({ env })('spot')
    for (const text of [JSON.stringify(credentials), inspect(credentials), String(credentials)]) {
      expect(text).not.toContain('spot-key')
      expect(text).not.toContain('spot-secret')
    }
  })
})
