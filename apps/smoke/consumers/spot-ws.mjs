// ESM consumer of the built @k/spot-ws against kraken-sim: a public stream and a private subscription.
import assert from 'node:assert/strict'
import { SpotWsClient } from '@k/spot-ws'
import { DEMO_ACCOUNT, startSimulator } from '@k/testkit'

{
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
}
console.log('ok')
