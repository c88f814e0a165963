import { KrakenValidationError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, expect, test } from 'vitest'
import { getTickers } from '../actions/market/getTickers.js'
import { getTickTypes } from '../actions/market/getTickTypes.js'
import { getOpenOrders } from '../actions/user/getOpenOrders.js'
import { createFuturesClient } from '../createFuturesClient.js'

const account = {
  key: 'parse-parameters-key',
  secret: Buffer.from('parse parameters secret').toString('base64'),
  futuresKey: 'parse-parameters-futures-key',
  futuresSecret: Buffer.from('parse parameters futures secret').toString('base64'),
}
// A private simulator: its request log counts only this file's requests.
const sim = await startSimulator({ accounts: [account] })
const client = createFuturesClient({ baseUrl: sim.futuresUrl, key: account.futuresKey, secret: account.futuresSecret })
afterAll(async () => {
  await sim.close()
})

// Regression (found by apps/reliability's fuzz test): a non-object used to be spread into `{}` and sent.
test.each([42, true, null, 'PF_XBTUSD', [], ['PF_XBTUSD'], 10n])(
  'parameters %s (not one object) → KrakenValidationError, nothing sent',
  async (parameters) => {
    const before = await simRequestCount(sim, undefined)
    for (const call of [
      () => getTickTypes(client, parameters as never),
      () => getTickers(client, parameters as never),
      () => getOpenOrders(client, parameters as never),
    ]) {
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(KrakenValidationError)
      expect((error as KrakenValidationError).message).toMatch(/expected one object of Kraken parameters/)
    }
    expect(await simRequestCount(sim, undefined)).toBe(before)
  },
)

test('undefined still means "no parameters"', async () => {
  const { tickers } = await getTickers(client, undefined)
  expect(tickers.length).toBeGreaterThan(0)
})
