import { signSpotRequestSync } from '@k/signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _testClient } from './internal/_testClient.js'

const SECRET = Buffer.from('bad-requests-secret-0123456789').toString('base64')
let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 4, accounts: [{ key: 'k', secret: SECRET, balances: { ZUSD: '1000' } }] })
})
afterAll(() => sim.close())

describe('bad Spot REST requests get Kraken errors, never a crash', () => {
  it('malformed JSON, unknown methods, missing and invalid params', async () => {
    const nonce = String(Date.now() * 1000)
    const body = `{"nonce":"${nonce}", "orders": [`
    const sign = signSpotRequestSync({ secret: SECRET, path: '/0/private/AddOrderBatch', nonce, body })
    const malformed = await fetch(`${sim.url}/0/private/AddOrderBatch`, {
      method: 'POST',
      headers: { 'API-Key': 'k', 'API-Sign': sign, 'content-type': 'application/json' },
      body,
    })
    expect(await malformed.json()).toEqual({ error: ['EGeneral:Invalid arguments'] })
    expect(await (await fetch(`${sim.url}/0/public/Nope`)).json()).toEqual({ error: ['EGeneral:Unknown method'] })
    const client = _testClient(sim.url, 'k', SECRET)
    expect(await client.private('Nope')).toEqual({ error: ['EGeneral:Unknown method'] })
    expect(
      await client.private('AddOrder', { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', price: '1000' }),
    ).toEqual({ error: ['EGeneral:Invalid arguments:volume'] })
    expect(
      await client.private('AddOrder', { pair: 'NOPE', type: 'buy', ordertype: 'limit', volume: '1', price: '1000' }),
    ).toEqual({ error: ['EQuery:Unknown asset pair'] })
    expect(
      await client.private('AddOrder', { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '1', price: '1000' }),
    ).toEqual({ error: ['EOrder:Insufficient funds'] })
    expect(await client.private('CancelOrder', { txid: 'OAAAAA-AAAAA-AAAAAA' })).toEqual({
      error: ['EOrder:Unknown order'],
    })
    expect(await client.private('QueryOrders')).toEqual({ error: ['EGeneral:Invalid arguments:txid'] })
    expect(await client.public('Depth')).toEqual({ error: ['EGeneral:Invalid arguments:pair'] })
    expect(await client.public('Ticker', { pair: 'FOOBAR' })).toEqual({ error: ['EQuery:Unknown asset pair'] })
    // Kraken quirk: xStocks need asset_class=tokenized_asset on market-data calls.
    expect(await client.public('Ticker', { pair: 'AAPLxUSD' })).toEqual({ error: ['EQuery:Unknown asset pair'] })
    expect((await client.public('Ticker', { pair: 'AAPLxUSD', asset_class: 'tokenized_asset' })).error).toEqual([])
    const xstock = { pair: 'AAPLxUSD', type: 'buy', ordertype: 'limit', volume: '1', price: '100' }
    expect(await client.private('AddOrder', xstock)).toEqual({ error: ['EQuery:Unknown asset pair'] })
    expect((await client.private('AddOrder', { ...xstock, asset_class: 'tokenized_asset' })).error).toEqual([])
    const garbage = await fetch(`${sim.url}/0/private/Balance`, { method: 'POST', body: '%%%&&&===' })
    expect(await garbage.json()).toEqual({ error: ['EAPI:Invalid key'] })
    expect((await client.public('Time')).error).toEqual([])
  })
})
