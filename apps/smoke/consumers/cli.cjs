// CommonJS consumer of the built @k/cli: the library entry (runCli, exit codes) with an embedded simulator.
const assert = require('node:assert/strict')
const { EXIT_CODES, exitCodeFor, runCli, VERSION } = require('@k/cli')

async function main() {
  assert.match(VERSION, /^\d+\.\d+\.\d+/)
  assert.equal(exitCodeFor('auth'), 3)
  assert.equal(EXIT_CODES.ok, 0)
  // The whole CLI in-process: --sim starts an embedded kraken-sim; -o json prints one JSON line.
  let out = ''
  const io = {
    stdout: {
      write: (text) => {
        out += text
        return true
      },
    },
    stderr: { write: () => true },
    stdin: process.stdin,
    env: {},
  }
  const code = await runCli(['--sim', 'ticker', 'XBTUSD', '-o', 'json'], io)
  assert.equal(code, 0)
  assert.equal(typeof JSON.parse(out.trim().split('\n')[0]), 'object')
  console.log('ok')
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
