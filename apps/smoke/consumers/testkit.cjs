// CommonJS consumer of the built @k/testkit: kraken-sim starts, serves /0/public/Time and closes.
const assert = require('node:assert/strict')
const { DEMO_ACCOUNT, SIM_PAIRS, startSimulator } = require('@k/testkit')

async function main() {
  const sim = await startSimulator()
  try {
    assert.match(sim.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    const time = await fetch(`${sim.url}/0/public/Time`).then((response) => response.json())
    assert.deepEqual(time.error, [])
    assert.equal(typeof time.result.unixtime, 'number')
    const tickers = await fetch(`${sim.futuresUrl}/derivatives/api/v3/tickers`).then((response) => response.json())
    assert.equal(tickers.result, 'success')
    assert.equal(typeof DEMO_ACCOUNT.key, 'string')
    assert.ok(SIM_PAIRS.length > 0)
  } finally {
    await sim.close()
  }
  // The `./vitest` subpath resolves too (its helpers need vitest, which the consumer installs).
  assert.match(require.resolve('@k/testkit/vitest'), /dist[\\/]vitest[\\/]index\.cjs$/)
  console.log('ok')
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
