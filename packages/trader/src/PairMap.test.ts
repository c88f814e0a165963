import { DEMO_ACCOUNT } from '@k/testkit'
import { simOrders } from '@k/testkit/vitest'
import { afterAll, describe, expect, it } from 'vitest'
import { _startTraderSim } from './internal/_startTraderSim.js'
import { PairMap } from './PairMap.js'

const { sim, trader } = await _startTraderSim({ ws: false })
afterAll(async () => {
  await trader.close()
  await sim.close()
})

describe('PairMap', () => {
  it('maps every spelling of a market to the same names (kraken-facts §6 row 8)', async () => {
    const pairs = await trader.pairs()
    for (const spelling of ['XBTUSD', 'BTC/USD', 'XXBTZUSD', 'XBT/USD', 'btcusd', 'btc-usd']) {
      expect(pairs.resolve(spelling)).toEqual({
        key: 'XXBTZUSD',
        altname: 'XBTUSD',
        wsname: 'XBT/USD',
        symbol: 'BTC/USD',
      })
    }
    expect(pairs.toSymbol('XDGUSD')).toBe('DOGE/USD')
    expect(pairs.toKey('DOGE/USD')).toBe('XDGUSD')
    expect(pairs.toAltname('ETH/BTC')).toBe('ETHXBT')
    expect(pairs.toKey('ETH/XBT')).toBe('XETHXXBT')
  })

  it('refuses an unknown pair with KrakenUnknownAssetPairError before anything is sent', async () => {
    const error = await trader.placeOrder('NOPE/USD', 'buy', '1').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'KrakenUnknownAssetPairError', code: 'EQuery:Unknown asset pair' })
    expect((error as { details: { sent: string } }).details.sent).toBe('no')
  })

  it('works from a plain AssetPairs object', () => {
    const pairs = new PairMap({ XXBTZEUR: { altname: 'XBTEUR', wsname: 'XBT/EUR' } })
    expect(pairs.has('BTC/EUR')).toBe(true)
    expect(pairs.pairs).toHaveLength(1)
    expect(pairs.has('BTC/USD')).toBe(false)
  })

  it('orders given in four spellings all land on the same market and results keep Kraken keys', async () => {
    const ids: string[] = []
    for (const spelling of ['XBTUSD', 'BTC/USD', 'XXBTZUSD', 'XBT/USD']) {
      const result = await trader.placeOrder(spelling, 'buy', '0.001', 'limit', { price: '20000.0' })
      ids.push(result.txid![0]!)
      expect(Object.keys(await trader.getTicker(spelling))).toEqual(['XXBTZUSD'])
    }
    const { open } = await simOrders(sim, DEMO_ACCOUNT.key)
    const ours = open.filter((order) => ids.includes(order.txid))
    expect(ours.map((order) => order.descr.pair)).toEqual(['XBTUSD', 'XBTUSD', 'XBTUSD', 'XBTUSD'])
    await trader.cancelAllOrders()
  })
})
