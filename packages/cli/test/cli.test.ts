import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BINARY, runKraken, simEnv } from './runKraken.js'

const sim = inject('krakenSim')
const env = simEnv(sim)

describe('kraken (global behaviour)', () => {
  it('prints the package version with --version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    const run = await runKraken(['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(version)
  })

  it('shows help with no arguments (like python-kraken-sdk) and documents env vars and exit codes', async () => {
    const run = await runKraken([])
    expect(run.code).toBe(0)
    for (const text of [
      'spot [options] <url>',
      'futures [options] <url>',
      'ticker',
      'book',
      'order',
      'stream',
      'KRAKEN_SPOT_API_KEY',
      'KRAKEN_FUTURES_SECRET_KEY',
      'Exit codes:',
      '5  checksum or protocol',
    ]) {
      expect(run.stdout).toContain(text)
    }
  })

  it('lists the global options in a subcommand’s help', async () => {
    const run = await runKraken(['spot', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('-X <method>')
    expect(run.stdout).toContain('--api-key <key>')
  })

  it('rejects an unknown flag with a usage message, a suggestion and exit 2', async () => {
    const run = await runKraken(['-o', 'table', 'ticker', 'XBTUSD', '--depht', '3'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("unknown option '--depht'")
    expect(run.stderr).toContain('kraken --help')
    expect(run.stdout).toBe('')
  })

  it('reports a usage error as the JSON envelope on stdout with -o json', async () => {
    const run = await runKraken(['--json', 'frobnicate'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'usage', code: 'usage', exitCode: 2, retryable: false })
  })

  it('rejects a bad --timeout and a bad -o value with exit 2', async () => {
    expect((await runKraken(['--timeout', 'soon', 'status'])).code).toBe(2)
    expect((await runKraken(['-o', 'yaml', 'status'])).code).toBe(2)
  })
})

describe('exit codes for failures', () => {
  let silent: Server
  let html: Server
  let closedPort: number
  beforeAll(async () => {
    silent = createServer(() => {}) // accepts and never answers
    html = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>'),
    )
    const spare = createServer()
    await Promise.all(
      [silent, html, spare].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))),
    )
    closedPort = (spare.address() as AddressInfo).port
    await new Promise((resolve) => spare.close(resolve))
  })
  afterAll(async () => {
    silent.closeAllConnections()
    await Promise.all([silent, html].map((server) => new Promise((resolve) => server.close(resolve))))
  })
  const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  it('exits 4 when nothing listens', async () => {
    const run = await runKraken(['spot', '/0/public/Time'], {
      env: { KRAKEN_SPOT_URL: `http://127.0.0.1:${closedPort}` },
    })
    expect(run.code).toBe(4)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'network', exitCode: 4, retryable: true })
  })

  it('exits 4 on --timeout (seconds, like python-kraken-sdk)', async () => {
    const run = await runKraken(['-o', 'table', '--timeout', '0.3', 'spot', '/0/public/Time'], {
      env: { KRAKEN_SPOT_URL: urlOf(silent) },
    })
    expect(run.code).toBe(4)
    expect(run.stderr).toMatch(/^Error: .*timed out/)
    expect(run.stderr).toContain('What to do:')
  })

  it('exits 5 when the answer is not JSON', async () => {
    const run = await runKraken(['spot', '/0/public/Time'], { env: { KRAKEN_SPOT_URL: urlOf(html) } })
    expect(run.code).toBe(5)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'protocol', exitCode: 5 })
  })

  it('exits 1 with Kraken’s error string, its meaning and a suggestion for an exchange error', async () => {
    const run = await runKraken(['-o', 'table', 'spot', '/0/public/NoSuchEndpoint'], { env })
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/^Error: /)
    expect(run.stderr).toContain('Kraken code: EGeneral:Unknown method')
    expect(run.stderr).toContain('What to do:')
  })
})

describe('interrupts', () => {
  it('exits 130 when Ctrl-C (SIGINT) arrives during a request', async () => {
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const child = spawn(process.execPath, [BINARY, '--timeout', '30', 'ticker', 'XBTUSD'], {
        env: {
          PATH: process.env.PATH ?? '',
          KRAKEN_SPOT_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        },
      })
      let stderr = ''
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk)
      })
      await new Promise<void>((resolve) => silent.once('request', () => resolve()))
      child.kill('SIGINT')
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
      expect(code).toBe(130)
      expect(stderr).toContain('Interrupted.')
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })
})
