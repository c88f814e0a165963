#!/usr/bin/env node
// The `kraken` binary. Kept lean: `kraken --version` is answered before anything else loads; every other command loads
// commander and the program skeleton, and each command imports its SDK packages only when it runs.
import { VERSION } from './version.js'

const argv = process.argv.slice(2)
if (argv.length === 1 && argv[0] === '--version') {
  process.stdout.write(`${VERSION}\n`)
} else {
  const controller = new AbortController()
  let interrupts = 0
  const interrupt = () => {
    interrupts += 1
    if (interrupts > 1) process.exit(130)
    controller.abort()
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  const { runCli } = await import('./runCli.js')
  process.exitCode = await runCli(argv, process, { signal: controller.signal })
  process.off('SIGINT', interrupt)
  process.off('SIGTERM', interrupt)
}
