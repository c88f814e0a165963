import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './parseCliArgs.js'

describe('kraken-sim command line', () => {
  it('parses --port, --seed, --tier, repeated --account and --no-rate-limits', () => {
    const parsed = parseCliArgs([
      '--port',
      '0',
      '--seed',
      '3',
      '--tier',
      'pro',
      '--account',
      'k1:c2VjcmV0',
      '--account',
      'k2:a:b',
      '--no-rate-limits',
    ])
    expect(parsed.kind).toBe('start')
    if (parsed.kind !== 'start') return
    expect(parsed.options).toMatchObject({ port: 0, seed: 3, tier: 'pro', rateLimits: false })
    expect(parsed.options.accounts?.map(({ key, secret }) => ({ key, secret }))).toEqual([
      { key: 'k1', secret: 'c2VjcmV0' },
      { key: 'k2', secret: 'a:b' },
    ])
    expect(parseCliArgs(['--tier', 'gold'])).toEqual({ kind: 'error', message: 'unknown tier "gold"' })
    expect(parseCliArgs(['--account', 'nosecret'])).toEqual({ kind: 'error', message: '--account expects key:secret' })
    expect(parseCliArgs(['--port', 'x']).kind).toBe('error')
    expect(parseCliArgs(['--bogus']).kind).toBe('error')
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' })
  })

  it('starts, prints the URLs as one JSON line, serves requests and stops on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
    const child = spawn(
      process.execPath,
      ['--conditions=@k/source', '--import', 'tsx', cli, '--port', '0', '--seed', '3', '--account', 'key:c2VjcmV0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    try {
      const lines = createInterface({ input: child.stdout })
      const first = await new Promise<string>((resolve, reject) => {
        lines.once('line', resolve)
        child.once('exit', (code) => reject(new Error(`kraken-sim exited with ${code}`)))
      })
      const printed = JSON.parse(first) as Record<string, string>
      expect(Object.keys(printed)).toEqual([
        'url',
        'wsUrl',
        'authWsUrl',
        'unifiedWsUrl',
        'unifiedPrivateWsUrl',
        'futuresUrl',
        'futuresWsUrl',
        'adminUrl',
      ])
      expect(printed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const time = (await (await fetch(`${printed.url}/0/public/Time`)).json()) as { error: string[] }
      expect(time.error).toEqual([])
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
