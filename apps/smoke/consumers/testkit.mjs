// ESM consumer of the built @k/testkit: kraken-sim starts, serves /0/public/Time and closes.
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { DEMO_ACCOUNT, SIM_PAIRS, startSimulator } from '@k/testkit'

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
assert.match(fileURLToPath(import.meta.resolve('@k/testkit/vitest')), /dist[\\/]vitest[\\/]index\.js$/)
console.log('ok')
