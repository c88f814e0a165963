import { afterEach, describe, expect, inject, it } from 'vitest'
import { runInPty } from '../../test/runInPty.js'
import { simEnv } from '../../test/runKraken.js'

const env = simEnv(inject('krakenSim'))
const CLEAR = '\x1b[H\x1b[2J'

describe('kraken book (live view in a pseudo-terminal)', () => {
  let pty: ReturnType<typeof runInPty> | undefined
  afterEach(() => pty?.kill())

  it('redraws the book in place with levels and the checksum state, and quits on q', async () => {
    pty = runInPty('book BTC/USD --depth 10', env)
    await pty.waitFor((text) => text.split(CLEAR).length > 3)
    const screen = pty.screen()
    const last = screen.split(CLEAR).at(-2) ?? ''
    expect(screen).toContain('\x1b[?1049h') // alternate screen, so the shell's screen comes back afterwards
    expect(last).toContain('BTC/USD  depth 10')
    expect(last).toMatch(/checksum OK \d+/)
    // A bid level: qty, then the price (in green): strip the colour codes first.
    expect(last.split('\x1b[32m').join('').split('\x1b[0m').join('')).toMatch(/\d+\.\d{8}\s+\d+\.\d/)
    expect(last).toContain('q or Ctrl-C to quit')
    pty.type('q')
    expect(await pty.exit).toBe(0)
    expect(pty.screen()).toContain('\x1b[?1049l')
  })

  it('exits on Ctrl-C', async () => {
    pty = runInPty('book ETH/USD', env)
    await pty.waitFor((text) => /checksum OK/.test(text))
    pty.type('\x03')
    expect(await pty.exit).toBe(0)
  })
})
