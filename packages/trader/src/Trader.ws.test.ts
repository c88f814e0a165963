import { DEMO_ACCOUNT } from '@k/testkit'
import { simOrders, simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { _startTraderSim } from './internal/_startTraderSim.js'

const ctx = await _startTraderSim()
const { sim, trader, events } = ctx
const key = DEMO_ACCOUNT.key

beforeAll(async () => {
  expect(await trader.connect()).toEqual({ ws: true })
})
afterAll(async () => {
  await trader.close()
  await sim.close()
})

describe('Trader with the WebSocket path up', () => {
  it('serves ticker, book and trades from the live cache, keyed like REST', async () => {
    const ticker = await trader.getTicker('BTC/USD')
    expect(Object.keys(ticker)).toEqual(['XXBTZUSD'])
    const info = ticker.XXBTZUSD!
    expect(info.a).toHaveLength(3)
    expect(Number(info.a[0])).toBeGreaterThan(Number(info.b[0]))
    expect(typeof info.t[0]).toBe('number')
    // A second call is served from the cache: only the one REST seed request for this pair.
    await trader.getTicker('XBTUSD')
    expect(await simRequestCount(sim, undefined, 'GET /0/public/Ticker')).toBe(1)

    const book = await trader.getOrderbook('XXBTZUSD', 10)
    expect(book.XXBTZUSD!.asks).toHaveLength(10)
    expect(book.XXBTZUSD!.bids).toHaveLength(10)
    const [bestAsk] = book.XXBTZUSD!.asks
    const [bestBid] = book.XXBTZUSD!.bids
    expect(Number(bestAsk![0])).toBeGreaterThan(Number(bestBid![0]))
    expect(await simRequestCount(sim, undefined, 'GET /0/public/Depth')).toBe(0)
    // Deeper than the live book (bookDepth 100): served by REST Depth.
    expect((await trader.getOrderbook('XBTUSD', 200)).XXBTZUSD!.asks).toHaveLength(200)
    expect(await simRequestCount(sim, undefined, 'GET /0/public/Depth')).toBe(1)

    const trades = await trader.getTrades('BTC/USD')
    expect(trades.XXBTZUSD!.length).toBeGreaterThan(0)
    expect(trades.XXBTZUSD![0]).toHaveLength(7)
    expect(typeof trades.last).toBe('string')
    expect(await simRequestCount(sim, undefined, 'GET /0/public/Trades')).toBe(0)
  })

  it('reads the system status from the WS status channel', async () => {
    expect((await trader.getSystemStatus()).status).toBe('online')
    expect(await simRequestCount(sim, undefined, 'GET /0/public/SystemStatus')).toBe(0)
  })

  it('places, amends and cancels over WS only, with REST-shaped results', async () => {
    const placed = await trader.placeOrder('XBT/USD', 'buy', '0.001', 'limit', {
      price: '50000.0',
      cl_ord_id: 'ws-limit-1',
    })
    expect(placed.txid).toHaveLength(1)
    expect(placed.descr.order).toBe('buy 0.001 XBTUSD @ limit 50000.0')
    const txid = placed.txid![0]!
    const { open } = await simOrders(sim, key)
    expect(open.map((order) => order.txid)).toContain(txid)

    const edited = await trader.editOrder(txid, 'XBTUSD', { price: '51000.0' })
    expect(edited.txid).toBe(txid)
    expect(edited.amend_id).toEqual(expect.any(String))

    expect(await trader.cancelOrder(txid)).toEqual({ count: 1 })
    expect(await simRequestCount(sim, key, 'POST /0/private/AddOrder')).toBe(0)
    expect(await simRequestCount(sim, key, 'POST /0/private/AmendOrder')).toBe(0)
    expect(await simRequestCount(sim, key, 'POST /0/private/CancelOrder')).toBe(0)
    expect(events.slice(-3).map((event) => [event.method, event.path, event.outcome])).toEqual([
      ['placeOrder', 'ws', 'ok'],
      ['editOrder', 'ws', 'ok'],
      ['cancelOrder', 'ws', 'ok'],
    ])
  })

  it('batch-adds and batch-cancels over WS', async () => {
    const result = await trader.batchAdd(
      [
        { ordertype: 'limit', type: 'buy', volume: '0.001', price: '40000.0' },
        { ordertype: 'limit', type: 'sell', volume: '0.001', price: '150000.0' },
      ],
      'BTC/USD',
    )
    expect(result.orders).toHaveLength(2)
    const ids = result.orders.map((order) => order.txid!)
    expect(result.orders[1]!.descr!.order).toBe('sell 0.001 XBTUSD @ limit 150000.0')
    expect(await trader.batchCancel(ids)).toEqual({ count: 2 })
    expect(await simRequestCount(sim, key, 'POST /0/private/AddOrderBatch')).toBe(0)
    expect(events.at(-1)).toMatchObject({ method: 'batchCancel', path: 'ws', outcome: 'ok' })
  })

  it('places a market order over WS and cancel-all reports a count', async () => {
    const before = (await simOrders(sim, key)).closed.length
    const market = await trader.placeOrder('XBTUSD', 'buy', 0.0005)
    expect(market.txid).toHaveLength(1)
    expect((await simOrders(sim, key)).closed.length).toBe(before + 1)
    await trader.placeOrder('ETH/USD', 'buy', '0.01', 'limit', { price: '100.00', post_only: true })
    expect(await trader.cancelAllOrders()).toEqual({ count: 1 })
    expect(events.at(-1)).toMatchObject({ method: 'cancelAllOrders', path: 'ws' })
  })

  it('places a trigger order (stop-loss-limit) over WS', async () => {
    const result = await trader.placeOrder('XBTUSD', 'sell', '0.001', 'stop-loss-limit', {
      price: '60000.0',
      price2: '59900.0',
    })
    expect(result.txid).toHaveLength(1)
    const { open } = await simOrders(sim, key)
    expect(open.find((order) => order.txid === result.txid![0])?.descr.ordertype).toBe('stop-loss-limit')
    expect(events.at(-1)).toMatchObject({ method: 'placeOrder', path: 'ws', outcome: 'ok' })
    await trader.cancelOrder(result.txid![0]!)
  })

  it('routes a leverage order over REST (WS v2 cannot carry a leverage level) and says why', async () => {
    const result = await trader.placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '30000.0', leverage: 3 })
    expect(result.txid).toHaveLength(1)
    expect(events.at(-1)).toMatchObject({ method: 'placeOrder', path: 'rest', reason: 'leverage', outcome: 'ok' })
    expect(await simRequestCount(sim, key, 'POST /0/private/AddOrder')).toBe(1)
    await trader.cancelAllOrders()
  })

  it('rejects a Kraken error over WS with a typed error and does not try REST', async () => {
    const error = await trader
      .placeOrder('XBTUSD', 'buy', '1000', 'limit', { price: '90000.0' })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'KrakenInsufficientFundsError', code: 'EOrder:Insufficient funds' })
    expect(events.at(-1)).toMatchObject({ path: 'ws', outcome: 'error' })
    expect(await simRequestCount(sim, key, 'POST /0/private/AddOrder')).toBe(1)
  })
})
