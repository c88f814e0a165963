import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { BINARY, simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))
const CLEAR = '\x1b[H\x1b[2J'

/**
 * Runs `kraken book` in a pseudo-terminal with util-linux `script` (Debian's bsdutils, always installed), so stdout and
 * stdin are a real TTY: the live, redrawn view and the raw-mode keyboard are what is under test.
 */
function startInPty(args: string): ChildProcessWithoutNullStreams {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BINARY)} ${args}`
  return spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
  })
}

async function waitFor(read: () => string, done: (text: string) => boolean, limitMs = 10_000): Promise<string> {
  const started = Date.now()
  while (!done(read())) {
    if (Date.now() - started > limitMs) throw new Error(`timed out; screen so far:\n${read()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return read()
}

const exitOf = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('close', (code) => resolve(code))
  })

describe('kraken book (live view in a pseudo-terminal)', () => {
  let child: ChildProcessWithoutNullStreams | undefined
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
  })

  it('redraws the book in place with levels and the checksum state, and quits on q', async () => {
    child = startInPty('book BTC/USD --depth 10')
    let screen = ''
    child.stdout.on('data', (chunk) => {
      screen += String(chunk)
    })
    await waitFor(
      () => screen,
      (text) => text.split(CLEAR).length > 3,
    )
    const frames = screen.split(CLEAR)
    const last = frames.at(-2) ?? ''
    expect(screen).toContain('\x1b[?1049h') // alternate screen, so the shell's screen comes back afterwards
    expect(last).toContain('BTC/USD  depth 10')
    expect(last).toMatch(/checksum OK \d+/)
    // A bid level: qty, then the price (in green): strip the colour codes first.
    expect(last.split('\x1b[32m').join('').split('\x1b[0m').join('')).toMatch(/\d+\.\d{8}\s+\d+\.\d/)
    expect(last).toContain('q or Ctrl-C to quit')
    child.stdin.write('q')
    expect(await exitOf(child)).toBe(0)
    expect(screen).toContain('\x1b[?1049l')
  })

  it('exits on Ctrl-C', async () => {
    child = startInPty('book ETH/USD')
    let screen = ''
    child.stdout.on('data', (chunk) => {
      screen += String(chunk)
    })
    await waitFor(
      () => screen,
      (text) => /checksum OK/.test(text),
    )
    child.stdin.write('\x03')
    expect(await exitOf(child)).toBe(0)
  })
})
