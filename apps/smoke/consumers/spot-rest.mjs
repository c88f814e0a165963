// ESM consumer of the built @k/spot-rest against kraken-sim: public, private, validation, namespaces.
import assert from 'node:assert/strict'
import { KrakenValidationError } from '@k/errors'
import { createOrder, createSpotClient, getAccountBalance, getTicker, Market } from '@k/spot-rest'
import { DEMO_ACCOUNT, startSimulator } from '@k/testkit'

const sim = await startSimulator()
try {
  const client = createSpotClient({ baseUrl: sim.url, key: DEMO_ACCOUNT.key, secret: DEMO_ACCOUNT.secret })
  const ticker = await getTicker(client, { pair: 'XBTUSD' })
  assert.equal(typeof ticker.XXBTZUSD.c[0], 'string')
  const balance = await getAccountBalance(client)
  assert.equal(typeof balance.ZUSD, 'string')
  const { unixtime } = await new Market(client).getServerTime()
  assert.equal(typeof unixtime, 'number')
  await assert.rejects(
    createOrder(client, { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01' }),
    (error) => error instanceof KrakenValidationError && error.details.field === 'price',
  )
  assert.ok(!JSON.stringify(client).includes(DEMO_ACCOUNT.secret))
} finally {
  await sim.close()
}
console.log('ok')
