import { spawn } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { BINARY, simEnv } from './runKraken.js'

const env = simEnv(inject('krakenSim'))

type PipeRun = { code: number | null; signal: NodeJS.Signals | null; stderr: string; received: number }

/**
 * Runs the binary with stdout piped into a reader that goes away early, like `kraken … | head -c 100`: it closes its
 * end after the first chunk (`afterFirstChunk`) or before anything is written (`immediately`). A run that does not
 * end by itself is killed after `timeoutMs` and reported with code null.
 */
function runIntoClosedPipe(
  args: readonly string[],
  options: { env?: Record<string, string>; close: 'afterFirstChunk' | 'immediately'; timeoutMs?: number },
): Promise<PipeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BINARY, ...args], {
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stderr = ''
    let received = 0
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk)
    })
    if (options.close === 'immediately') child.stdout.destroy()
    else
      child.stdout.once('data', (chunk: Buffer) => {
        received += chunk.length
        child.stdout.destroy()
      })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stderr, received })
    })
    child.stdin.end()
  })
}

function expectQuietExit(run: PipeRun) {
  // No "Error: write EPIPE" stack trace, no "Interrupted." either: the reader left, the tool just stops.
  expect(run.stderr).toBe('')
  expect(run.signal).toBeNull()
  expect(run.code).toBe(0)
}

describe('stdout closed early by the reader (EPIPE), like `kraken … | head -c 100`', () => {
  it('stream: stops quietly with exit 0 once the reader is gone', async () => {
    const run = await runIntoClosedPipe(['stream', 'ticker', 'BTC/USD'], { env, close: 'afterFirstChunk' })
    expect(run.received).toBeGreaterThan(0)
    expectQuietExit(run)
  })

  it('stream --sim: also stops the embedded kraken-sim, so the process ends by itself', async () => {
    const run = await runIntoClosedPipe(['--sim', 'stream', 'ticker', 'BTC/USD'], { close: 'afterFirstChunk' })
    expect(run.received).toBeGreaterThan(0)
    expectQuietExit(run)
  })

  it('book NDJSON: stops quietly with exit 0', async () => {
    const run = await runIntoClosedPipe(['book', 'BTC/USD', '-o', 'json'], { env, close: 'afterFirstChunk' })
    expect(run.received).toBeGreaterThan(0)
    expectQuietExit(run)
  })

  it('one-shot JSON output to a reader that already left: exit 0, no stack trace', async () => {
    const run = await runIntoClosedPipe(['spot', '/0/public/Time'], { env, close: 'immediately' })
    expectQuietExit(run)
  })
})
