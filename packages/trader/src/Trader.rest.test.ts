import { DEMO_ACCOUNT } from '@k/testkit'
import { simOrders, simRequestCount } from '@k/testkit/vitest'
import { afterAll, describe, expect, it } from 'vitest'
import { _startTraderSim } from './internal/_startTraderSim.js'

// ws: false — every call over REST; the same calls as Trader.ws.test.ts, with the same result shapes.
const { sim, trader, events } = await _startTraderSim({ ws: false })
const key = DEMO_ACCOUNT.key

afterAll(async () => {
  await trader.close()
  await sim.close()
})

describe('Trader over REST (ws: false)', () => {
  it('connect() does not open a WebSocket', async () => {
    expect(await trader.connect()).toEqual({ ws: false })
    expect(trader.path).toBe('rest')
    expect(trader.wsClient).toBeUndefined()
  })

  it('serves market data from REST with Kraken keys', async () => {
    expect(Object.keys(await trader.getTicker('BTC/USD'))).toEqual(['XXBTZUSD'])
    const book = await trader.getOrderbook('XBT/USD', 5)
    expect(book.XXBTZUSD!.asks).toHaveLength(5)
    const ohlc = await trader.getOhlc('ETHUSD', 60)
    expect(ohlc.XETHZUSD!.length).toBeGreaterThan(10)
    expect(typeof ohlc.last).toBe('number')
    expect((await trader.getRecentTrades('XBTUSD')).XXBTZUSD!.length).toBeGreaterThan(0)
    expect((await trader.getTrades('BTC/USD')).XXBTZUSD!.length).toBeGreaterThan(0)
    const spreads = (await trader.getSpread('XBTUSD')).XXBTZUSD!
    expect(spreads.at(-1)).toHaveLength(3)
    expect((await trader.getSystemStatus()).status).toBe('online')
    expect(await simRequestCount(sim, undefined, 'GET /0/public/Trades')).toBe(2)
  })

  it('caches AssetPairs after the first call', async () => {
    const all = await trader.getAssetPairs()
    expect(all.XXBTZUSD!.altname).toBe('XBTUSD')
    expect(Object.keys(await trader.getAssetPairs('BTC/USD'))).toEqual(['XXBTZUSD'])
    expect(await simRequestCount(sim, undefined, 'GET /0/public/AssetPairs')).toBe(1)
  })

  it('reads the account', async () => {
    expect((await trader.getBalance()).ZUSD).toEqual(expect.any(String))
    expect(await trader.getTradeBalance()).toHaveProperty('eb')
    expect(await trader.getPositions()).toEqual({})
    expect(await trader.getLedgers({ ledger_type: 'all' })).toHaveProperty('ledger')
  })

  it('places, amends, queries and cancels over REST, reported as path rest', async () => {
    const placed = await trader.placeOrder('XXBTZUSD', 'buy', '0.001', 'limit', {
      price: '50000.0',
      cl_ord_id: 'rest-limit-1',
    })
    expect(placed.txid).toHaveLength(1)
    expect(placed.descr.order).toMatch(/^buy 0\.0010+ XBTUSD @ limit 50000\.0$/)
    const txid = placed.txid![0]!
    expect(Object.keys((await trader.getOrders()).open)).toContain(txid)
    expect((await trader.queryOrders(txid))[txid]!.descr.pair).toBe('XBTUSD')
    expect(await trader.editOrder(txid, 'XBTUSD', { volume: '0.002' })).toEqual({
      txid,
      amend_id: expect.any(String),
    })
    expect(await trader.cancelOrder(txid)).toEqual({ count: 1 })
    expect(Object.keys((await trader.getClosedOrders()).closed)).toContain(txid)
    expect(events.slice(-3).map((event) => [event.method, event.path, event.reason])).toEqual([
      ['placeOrder', 'rest', undefined],
      ['editOrder', 'rest', undefined],
      ['cancelOrder', 'rest', undefined],
    ])
  })

  it('batch-adds (seed 004 layered grid shape), batch-cancels and cancels all', async () => {
    const result = await trader.batchAdd(
      [
        { ordertype: 'limit', type: 'buy', volume: '0.001', price: '40000.0' },
        { ordertype: 'limit', type: 'buy', volume: '0.001', price: '39000.0' },
        { ordertype: 'limit', type: 'sell', volume: '0.001', price: '150000.0' },
      ],
      'XBTUSD',
    )
    expect(result.orders).toHaveLength(3)
    const ids = result.orders.map((order) => order.txid!)
    expect(await trader.batchCancel(ids.slice(0, 2))).toEqual({ count: 2 })
    expect(await trader.cancelAllOrders()).toEqual({ count: 1 })
    expect((await simOrders(sim, key)).open).toHaveLength(0)
  })

  it('fills a market order and shows it in the trade history', async () => {
    const result = await trader.placeOrder('BTC/USD', 'sell', 0.001)
    const history = await trader.getTradesHistory({ trade_type: 'all' })
    const fills = Object.values(history.trades).filter((trade) => trade.ordertxid === result.txid![0])
    expect(fills.length).toBeGreaterThan(0)
  })

  it('a validate-only order places nothing', async () => {
    const before = await simOrders(sim, key)
    const result = await trader.placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '1000.0', validate: true })
    expect(result.txid).toBeUndefined()
    expect(result.descr.order).toContain('XBTUSD')
    const after = await simOrders(sim, key)
    expect(after.open.length + after.closed.length).toBe(before.open.length + before.closed.length)
  })
})
