import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

// The README's first command ends in `tsx src/main.ts`: run it exactly like that (page serving off) and check that
// every step of the end-to-end job printed its line and the process ended by itself with exit code 0.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')

test('the main job runs the SDK end to end against the embedded simulator and exits 0', async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      cwd: root,
      env: { ...process.env, MAIN_SERVE_SECONDS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
  expect(output).toMatch(/REST ticker\s+XXBTZUSD last \d+\.\d/)
  expect(output).toMatch(/REST AddOrder\s+buy 0\.01000000 XBTUSD @ limit [\d.]+ → O[A-Z0-9]{5}-/)
  expect(output).toMatch(/REST CancelOrder\s+count 1, status now canceled/)
  expect(output).toMatch(/WS amend_order\s+amend_id \S+/)
  const book = /WS book BTC\/USD\s+(\d+) messages, (\d+) with a valid checksum/.exec(output)
  expect(Number(book?.[1])).toBeGreaterThanOrEqual(50)
  expect(book?.[2]).toBe(book?.[1])
  expect(output).toMatch(/Futures ticker\s+PF_XBTUSD mark [\d.]+/)
  expect(output).toContain('main job finished: every step succeeded')
  expect(code).toBe(0)
}, 90_000)
