#!/usr/bin/env node
// The `kraken` binary. Kept lean: `kraken --version` is answered before anything else loads; every other command loads
// commander and the program skeleton, and each command imports its SDK packages only when it runs.
import { VERSION } from './version.js'

// A reader that leaves early (`kraken stream … | head -c 100`) makes the next write fail with EPIPE (Node ignores
// SIGPIPE). Like a good Unix tool, kraken then stops quietly with exit 0 (not 141): streams and live views end, their
// WebSockets and an embedded --sim are closed, and no stack trace is printed. Any other stdout/stderr error is
// rethrown as before. The listeners stay for the whole process, as a failed write reports its error a tick later.
let stdoutClosed = false
const controller = new AbortController()
const onOutputError = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  stdoutClosed = true
  process.exitCode = 0
  controller.abort(error)
}
process.stdout.on('error', onOutputError)
process.stderr.on('error', onOutputError)

const argv = process.argv.slice(2)
if (argv.length === 1 && argv[0] === '--version') {
  process.stdout.write(`${VERSION}\n`)
} else {
  let interrupts = 0
  const interrupt = () => {
    interrupts += 1
    if (interrupts > 1) process.exit(130)
    controller.abort()
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  const { runCli } = await import('./runCli.js')
  const code = await runCli(argv, process, { signal: controller.signal })
  process.exitCode = stdoutClosed ? 0 : code
  process.off('SIGINT', interrupt)
  process.off('SIGTERM', interrupt)
}
