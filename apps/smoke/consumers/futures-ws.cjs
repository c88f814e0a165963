// CommonJS consumer of the built @k/futures-ws against kraken-sim: a public feed and a challenge-signed private one.
const assert = require('node:assert/strict')
const { FUTURES_PUBLIC_FEEDS, FuturesWsClient } = require('@k/futures-ws')
const { DEMO_ACCOUNT, startSimulator } = require('@k/testkit')

async function main() {
  const sim = await startSimulator()
  const client = new FuturesWsClient({
    url: sim.futuresWsUrl,
    key: DEMO_ACCOUNT.futuresKey,
    secret: DEMO_ACCOUNT.futuresSecret,
  })
  try {
    await client.connect()
    const acks = await client.subscribe({ feed: 'ticker', product_ids: ['PI_XBTUSD'] })
    assert.equal(acks[0].event, 'subscribed')
    // Private feed: the challenge is requested, signed and attached.
    const privateAcks = await client.subscribe({ feed: 'open_orders' })
    assert.equal(privateAcks[0].event, 'subscribed')
    assert.ok(FUTURES_PUBLIC_FEEDS.includes('book'))
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
