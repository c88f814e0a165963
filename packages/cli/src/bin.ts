#!/usr/bin/env node
// The `kraken` binary. Kept lean: only commander and the program skeleton load at start; each command imports its SDK
// packages when it runs, so `kraken --version` stays fast.
import { runCli } from './runCli.js'

const controller = new AbortController()
let interrupts = 0
const interrupt = () => {
  interrupts += 1
  if (interrupts > 1) process.exit(130)
  controller.abort()
}
process.on('SIGINT', interrupt)
process.on('SIGTERM', interrupt)

process.exitCode = await runCli(process.argv.slice(2), process, { signal: controller.signal })
process.off('SIGINT', interrupt)
process.off('SIGTERM', interrupt)
