// CommonJS consumer of the built @k/spot-rest against kraken-sim: public, private, validation, namespaces.
const assert = require('node:assert/strict')
const { KrakenValidationError } = require('@k/errors')
const { createOrder, createSpotClient, getAccountBalance, getTicker, Market } = require('@k/spot-rest')
const { DEMO_ACCOUNT, startSimulator } = require('@k/testkit')

async function main() {
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
    // No credential in what a consumer may print.
    assert.ok(!JSON.stringify(client).includes(DEMO_ACCOUNT.secret))
  } finally {
    await sim.close()
  }
  console.log('ok')
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
