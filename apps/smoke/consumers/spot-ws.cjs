// CommonJS consumer of the built @k/spot-ws against kraken-sim: a public stream and a private subscription.
const assert = require('node:assert/strict')
const { SpotWsClient } = require('@k/spot-ws')
const { DEMO_ACCOUNT, startSimulator } = require('@k/testkit')

async function main() {
  const sim = await startSimulator()
  const client = new SpotWsClient({
    url: sim.wsUrl,
    authUrl: sim.authWsUrl,
    restUrl: sim.url,
    key: DEMO_ACCOUNT.key,
    secret: DEMO_ACCOUNT.secret,
  })
  try {
    await client.connect()
    for await (const message of client.stream({ channel: 'ticker', symbol: ['BTC/USD'] })) {
      assert.equal(message.data[0].symbol, 'BTC/USD')
      break // leaving the loop unsubscribes
    }
    // Private channel: the WebSockets token is fetched over REST and the auth socket is used.
    const acks = await client.subscribe({ channel: 'executions' })
    assert.equal(acks[0].method, 'subscribe')
    assert.equal(acks[0].success, true)
    assert.ok(!JSON.stringify(client).includes(DEMO_ACCOUNT.secret))
  } finally {
    await client.close()
    await sim.close()
  }
  console.log('ok')
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
