import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// Each example is also run the way the README says — `tsx src/<file>.ts` with no URL given — so it must start its
// own kraken-sim, finish, and exit 0 by itself (a hung process fails the test by its timeout).
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')
const dir = await mkdtemp(join(tmpdir(), 'k-examples-cmd-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

function run(
  file: string,
  env: Record<string, string> = {},
  onLine?: (line: string, child: ChildProcess) => void,
  command: [string, ...string[]] = [tsx],
) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[] }>((resolve, reject) => {
    const [program, ...args] = command
    const child = spawn(program, [...args, `src/${file}`], {
      cwd: root,
      env: { ...process.env, KRAKEN_SIM: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: string[] = []
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      const parts = buffer.split('\n')
      buffer = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        onLine?.(line, child)
      }
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (buffer) lines.push(buffer)
      if (code !== 0) lines.push(`stderr: ${stderr}`)
      resolve({ code, signal, lines })
    })
  })
}

const cases: Array<[string, RegExp]> = [
  ['spotRestTour.ts', /^spot REST tour done$/],
  ['spotWs.ts', /^spot WS done$/],
  ['xstocks.ts', /^xStocks done$/],
  ['futuresRestTour.ts', /^futures REST tour done$/],
  ['futuresWs.ts', /^futures WS done$/],
  ['plotOhlc.ts', /^chart written: .*chart\.svg$/],
  ['spotTradingBot.ts', /^exiting \(20 events\) after \d+ events$/],
  ['orderbook.ts', /^valid updates: 5, resyncs: \d+$/],
  ['futuresTradingBot.ts', /cancel all: cancelled$/],
  ['dca.ts', /^DCA done: 3 buys/],
  ['grid.ts', /^demo cleanup, cancelled: 10$/],
  ['spreadQuoting.ts', /^spread quoting done$/],
]

describe.concurrent('every example runs standalone with an embedded kraken-sim', () => {
  it.each(cases)('tsx src/%s', async (file, lastLine) => {
    // The tsx CLI for one example (exactly the README command minus pnpm); `node --import tsx` (one process, same
    // loader and tsconfig) for the others, to keep the suite fast on 2 cores.
    const command: [string, ...string[]] = file === 'spotRestTour.ts' ? [tsx] : [process.execPath, '--import', 'tsx']
    const { code, lines } = await run(file, { CHART_FILE: join(dir, 'chart.svg') }, undefined, command)
    expect(lines.at(-1)).toMatch(lastLine)
    expect(code).toBe(0)
    if (file === 'plotOhlc.ts') expect((await stat(join(dir, 'chart.svg'))).size).toBeGreaterThan(10_000)
  })

  it('the spot trading bot exits cleanly on SIGINT', async () => {
    let signalled = false
    // `node --import tsx` rather than the tsx CLI: Ctrl-C in a terminal signals the whole process group, but a test
    // can only signal one process, and the tsx CLI relays a signal to its child with a 30 ms deadline.
    const { code, lines } = await run(
      'spotTradingBot.ts',
      { BOT_MAX_EVENTS: '100000' },
      (line, child) => {
        if (!signalled && line.startsWith('ticker ')) {
          signalled = true
          child.kill('SIGINT')
        }
      },
      [process.execPath, '--import', 'tsx'],
    )
    expect(lines.at(-1)).toMatch(/^exiting \(SIGINT\) after \d+ events$/)
    expect(code).toBe(0)
  })
})
