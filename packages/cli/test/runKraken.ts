import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BINARY = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js')

export type KrakenRun = { code: number | null; stdout: string; stderr: string }

/**
 * Runs the built `kraken` binary with `args`, an environment made only of PATH plus `env` (so the developer's own
 * KRAKEN_* variables never leak in), optional stdin text, and a hard time limit.
 */
export function runKraken(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<KrakenRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BINARY, ...args], {
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk)
    })
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
    child.stdin.end(options.input ?? '')
  })
}

/** The env variables that point every client of the binary at the test run's kraken-sim. */
export function simEnv(sim: {
  url: string
  futuresUrl: string
  wsUrl: string
  authWsUrl: string
  futuresWsUrl: string
}) {
  return {
    KRAKEN_SPOT_URL: sim.url,
    KRAKEN_FUTURES_URL: sim.futuresUrl,
    KRAKEN_WS_URL: sim.wsUrl,
    KRAKEN_AUTH_WS_URL: sim.authWsUrl,
    KRAKEN_FUTURES_WS_URL: sim.futuresWsUrl,
  }
}
