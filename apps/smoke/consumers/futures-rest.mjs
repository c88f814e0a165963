// ESM consumer of the built @k/futures-rest against kraken-sim: public tickers and a signed call.
import assert from 'node:assert/strict'
import { createFuturesClient, getTickers, getWallets } from '@k/futures-rest'
import { DEMO_ACCOUNT, startSimulator } from '@k/testkit'

const sim = await startSimulator()
try {
  const client = createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: DEMO_ACCOUNT.futuresKey,
    secret: DEMO_ACCOUNT.futuresSecret,
  })
  const { tickers } = await getTickers(client)
  assert.ok(tickers.some((ticker) => ticker.symbol === 'PF_XBTUSD'))
  const wallets = await getWallets(client)
  assert.equal(wallets.result, 'success')
} finally {
  await sim.close()
}
console.log('ok')
