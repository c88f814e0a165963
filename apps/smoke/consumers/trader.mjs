// ESM consumer of the built @k/trader against kraken-sim: WS-first market data, validation before sending.
import assert from 'node:assert/strict'
import { DEMO_ACCOUNT, startSimulator } from '@k/testkit'
import { createTrader, isOutcomeUnknown, KrakenValidationError } from '@k/trader'

{
  const sim = await startSimulator()
  const trader = createTrader({
    key: DEMO_ACCOUNT.key,
    secret: DEMO_ACCOUNT.secret,
    baseUrl: sim.url,
    wsUrl: sim.wsUrl,
    authWsUrl: sim.authWsUrl,
  })
  try {
    await trader.connect()
    assert.equal((await trader.getSystemStatus()).status, 'online')
    const ticker = await trader.getTicker('BTC/USD')
    assert.equal(typeof ticker.XXBTZUSD.c[0], 'string')
    await assert.rejects(
      trader.placeOrder('XBTUSD', 'buy', 'not-a-number', 'limit', { price: '1' }),
      (error) => error instanceof KrakenValidationError,
    )
    assert.equal(typeof isOutcomeUnknown, 'function')
  } finally {
    await trader.close()
    await sim.close()
  }
}
console.log('ok')
