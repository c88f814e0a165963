import { createSimAccount } from '@k/testkit/vitest'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type KrakenRun, runKraken, simEnv } from './runKraken.js'

const sim = inject('krakenSim')

// Marker credentials: if any of these strings shows up in any output, a secret leaked.
const KEY = 'MARKER-KEY-cli-leak-check-7f3a9'
const SECRET = Buffer.from('MARKER-SECRET-cli-leak-check-e81c4-0123456789').toString('base64')
const FUTURES_KEY = 'MARKER-FUTURES-KEY-cli-leak-check-5d2b'
const FUTURES_SECRET = Buffer.from('MARKER-FUTURES-SECRET-cli-leak-check-9a7e').toString('base64')
const MARKERS = [KEY, SECRET, FUTURES_KEY, FUTURES_SECRET, 'MARKER-']

describe('no secret is ever printed', () => {
  const runs: Array<{ args: string[]; run: KrakenRun }> = []
  const env = {
    ...simEnv(sim),
    KRAKEN_SPOT_API_KEY: KEY,
    KRAKEN_SPOT_SECRET_KEY: SECRET,
    KRAKEN_FUTURES_API_KEY: FUTURES_KEY,
    KRAKEN_FUTURES_SECRET_KEY: FUTURES_SECRET,
  }
  const wrong = Buffer.from('MARKER-WRONG-SECRET-cli-leak-check').toString('base64')

  beforeAll(async () => {
    await createSimAccount(sim, {
      key: KEY,
      secret: SECRET,
      futuresKey: FUTURES_KEY,
      futuresSecret: FUTURES_SECRET,
      balances: { ZUSD: '10.0000' },
    })
    const cases: Array<{ args: string[]; env?: Record<string, string>; input?: string }> = [
      { args: ['-v', 'balance'] },
      { args: ['-v', '-o', 'table', 'spot', '/0/private/Balance'] },
      { args: ['-v', 'futures', '/derivatives/api/v3/openpositions'] },
      { args: ['-v', 'order', 'add', 'buy', 'XBTUSD', '0.01', '--price', '1000', '--validate'] },
      { args: ['-v', 'spot', '/0/private/Balance'], env: { ...env, KRAKEN_SPOT_SECRET_KEY: wrong } },
      { args: ['-o', 'table', 'spot', '/0/private/Balance'], env: { ...env, KRAKEN_SPOT_SECRET_KEY: wrong } },
      { args: ['-v', `--api-key=${KEY}`, `--secret-key=${SECRET}`, 'balance'], env: simEnv(sim) },
      { args: ['--api-key', KEY, '--secret-stdin', '-v', 'balance'], env: simEnv(sim), input: `${SECRET}\n` },
      { args: [`--secret-kye=${SECRET}`, 'balance'] },
      { args: ['-o', 'table', `--secret-kye=${SECRET}`, 'balance'] },
      { args: [SECRET] },
      { args: ['--json', 'balance', KEY] },
      { args: ['-v', 'stream', 'balances', '--count', '1'] },
    ]
    for (const { args, env: own, input } of cases) {
      runs.push({ args, run: await runKraken(args, { env: own ?? env, ...(input ? { input } : {}) }) })
    }
  }, 60_000)

  it('ran every case (successes and failures alike)', () => {
    expect(runs).toHaveLength(13)
    expect(runs.filter(({ run }) => run.code === 0).length).toBeGreaterThanOrEqual(5)
    expect(runs.filter(({ run }) => run.code !== 0).length).toBeGreaterThanOrEqual(5)
  })

  it('no stdout or stderr contains a key or a secret', () => {
    for (const { args, run } of runs) {
      for (const marker of MARKERS) {
        expect({ args: args.length, stdout: run.stdout.includes(marker) }).toEqual({ args: args.length, stdout: false })
        expect({ args: args.length, stderr: run.stderr.includes(marker) }).toEqual({ args: args.length, stderr: false })
      }
    }
  })

  it('the redaction is visible where the parser echoed a secret', () => {
    const typo = runs.find(({ args }) => args[0]?.startsWith('--secret-kye'))
    expect(typo?.run.code).toBe(2)
    expect(typo?.run.stdout).toContain("unknown option '--secret-kye=***'")
  })
})
