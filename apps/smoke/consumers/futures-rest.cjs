// CommonJS consumer of the built @k/futures-rest against kraken-sim: public tickers and a signed call.
const assert = require('node:assert/strict')
const { createFuturesClient, getTickers, getWallets } = require('@k/futures-rest')
const { DEMO_ACCOUNT, startSimulator } = require('@k/testkit')

async function main() {
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
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
