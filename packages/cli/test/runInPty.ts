import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { BINARY } from './runKraken.js'

/**
 * Runs `kraken <args>` in a pseudo-terminal with util-linux `script` (Debian's bsdutils, always installed), so stdin
 * and stdout are a real TTY. `screen()` is everything written so far; `exit` resolves with the exit code.
 */
export function runInPty(args: string, env: Record<string, string>) {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BINARY)} ${args}`
  const child: ChildProcessWithoutNullStreams = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
  })
  let screen = ''
  child.stdout.on('data', (chunk) => {
    screen += String(chunk)
  })
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  return {
    child,
    screen: () => screen,
    exit,
    type: (text: string) => child.stdin.write(text),
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL')
    },
    /** Polls the screen (bounded) until `done` accepts it. */
    async waitFor(done: (text: string) => boolean, limitMs = 10_000): Promise<string> {
      const started = Date.now()
      while (!done(screen)) {
        if (Date.now() - started > limitMs) throw new Error(`timed out; screen so far:\n${screen}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return screen
    },
  }
}
