// ESM consumer of the built @k/futures-ws against kraken-sim: a public feed and a challenge-signed private one.
import assert from 'node:assert/strict'
import { FUTURES_PUBLIC_FEEDS, FuturesWsClient } from '@k/futures-ws'
import { DEMO_ACCOUNT, startSimulator } from '@k/testkit'

{
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
}
console.log('ok')
