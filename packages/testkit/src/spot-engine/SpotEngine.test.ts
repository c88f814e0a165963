import { afterEach, describe, expect, it, vi } from 'vitest'
import { SpotMarket } from '../spot-market/SpotMarket.js'
import { fromWsOrderParams } from './fromWsOrderParams.js'
import { SimKrakenError } from './SimKrakenError.js'
import { SpotEngine } from './SpotEngine.js'
import type { SpotEngineEvent } from './types.js'

const KEY = 'k1'
const create = (balances: Record<string, string> = { ZUSD: '100000', XXBT: '2' }) => {
  const market = new SpotMarket({ seed: 9 })
  const engine = new SpotEngine({
    seed: 9,
    market,
    account: (key) => (key === KEY ? { key, secret: '', balances } : undefined),
  })
  const events: SpotEngineEvent[] = []
  engine.onEvent((event) => events.push(event))
  return { market, engine, events }
}
const krakenError = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof SimKrakenError) return error.krakenError
    throw error
  }
  return 'no error'
}

afterEach(() => {
  vi.useRealTimers()
})

describe('SpotEngine', () => {
  it('fills a market buy at book prices, charging the taker fee in the quote currency', () => {
    const { engine, market, events } = create()
    const pair = market.findPair('XBTUSD')!
    const asks = market.levels(pair, 'asks', 50)
    const result = engine.addOrder(KEY, { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.5' })
    expect(result.txid?.[0]).toMatch(/^O[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{6}$/)
    expect(result.descr.order).toBe('buy 0.50000000 XBTUSD @ market')
    const order = result.order!
    expect(order.status).toBe('closed')
    expect(order.vol_exec).toBe(0.5)
    // Independent computation of the cost from the book levels.
    let remaining = 0.5
    let cost = 0
    for (const level of asks) {
      const take = Math.min(remaining, level.qty)
      cost += take * level.price
      remaining -= take
      if (remaining <= 1e-12) break
    }
    expect(order.cost).toBeCloseTo(cost, 4)
    const balances = engine.balances(KEY)
    expect(Number(balances.XXBT)).toBeCloseTo(2.5, 9)
    expect(Number(balances.ZUSD)).toBeCloseTo(100000 - cost * 1.0026, 2)
    expect(
      events
        .filter((event) => event.kind === 'execution')
        .map((event) => event.kind === 'execution' && event.report.exec_type),
    ).toEqual(['pending_new', 'new', 'trade', 'filled'])
    expect(events.filter((event) => event.kind === 'balance')).toHaveLength(2)
  })

  it('a market buy needs the funds its walk through the asks costs, not just the best ask', () => {
    const market = new SpotMarket({ seed: 9 })
    const pair = market.findPair('XBTUSD')!
    const asks = market.levels(pair, 'asks', 1000)
    let left = 3
    let cost = 0
    for (const level of asks) {
      const take = Math.min(left, level.qty)
      cost += take * level.price
      left -= take
      if (left <= 0) break
    }
    expect(cost).toBeGreaterThan(3 * asks[0]!.price)
    const enough = cost * 1.0026 + 1
    const rich = new SpotEngine({
      seed: 9,
      market,
      account: (key) => ({ key, secret: '', balances: { ZUSD: String(enough) } }),
    })
    expect(rich.addOrder('a', { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '3' }).order?.status).toBe(
      'closed',
    )
    expect(Number(rich.balances('a').ZUSD)).toBeGreaterThanOrEqual(0)
    const poor = new SpotEngine({
      seed: 9,
      market,
      account: (key) => ({ key, secret: '', balances: { ZUSD: String(3 * asks[0]!.price * 1.0026 + 1) } }),
    })
    expect(
      krakenError(() => poor.addOrder('b', { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '3' })),
    ).toBe('EOrder:Insufficient funds')
  })

  it('answers Kraken errors for bad orders', () => {
    const { engine } = create({ ZUSD: '100' })
    const add = (params: Record<string, unknown>) =>
      krakenError(() =>
        engine.addOrder(KEY, {
          pair: 'XBTUSD',
          type: 'buy',
          ordertype: 'limit',
          volume: '0.01',
          price: '1000',
          ...params,
        }),
      )
    expect(add({ volume: '1', price: '50000' })).toBe('EOrder:Insufficient funds')
    expect(add({ volume: '0.00001' })).toBe('EOrder:Order minimum not met')
    expect(add({ volume: 'abc' })).toBe('EGeneral:Invalid arguments:volume')
    expect(add({ pair: 'FOOBAR' })).toBe('EQuery:Unknown asset pair')
    expect(add({ price: '1000.05' })).toBe('EOrder:Invalid price:XBTUSD price can only be specified up to 1 decimals.')
    expect(add({ type: 'hold' })).toBe('EGeneral:Invalid arguments:type')
    expect(add({ ordertype: 'fancy' })).toBe('EGeneral:Invalid arguments:ordertype')
    expect(krakenError(() => engine.cancelOrder(KEY, { txid: 'OAAAAA-BBBBB-CCCCCC' }))).toBe('EOrder:Unknown order')
  })

  it('rejects a marketable post-only order and rests a passive one, holding funds', () => {
    const { engine, market } = create()
    const pair = market.findPair('XBTUSD')!
    const { bid, ask } = market.top(pair)
    expect(
      krakenError(() =>
        engine.addOrder(KEY, {
          pair: 'XBTUSD',
          type: 'buy',
          ordertype: 'limit',
          volume: '0.01',
          price: ask.toFixed(1),
          oflags: 'post',
        }),
      ),
    ).toBe('EOrder:Post only order')
    const price = (bid - 100).toFixed(1)
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '1',
      price,
      oflags: 'post',
      cl_ord_id: 'my-order-1',
    })
    expect(order?.status).toBe('open')
    expect(engine.holds(KEY).get('ZUSD')).toBeCloseTo(Number(price) * 1.0026, 4)
    expect(engine.openOrders(KEY)).toHaveLength(1)
    expect(engine.cancelOrder(KEY, { cl_ord_id: 'my-order-1' })).toEqual({ count: 1 })
    expect(engine.openOrders(KEY)).toHaveLength(0)
    expect(engine.closedOrders(KEY)[0]?.reason).toBe('User requested')
  })

  it('validate=true checks without placing', () => {
    const { engine } = create()
    const result = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: '1000',
      validate: 'true',
    })
    expect(result).toEqual({ descr: { order: 'buy 0.01000000 XBTUSD @ limit 1000.0' } })
    expect(engine.openOrders(KEY)).toHaveLength(0)
  })

  it('edits (new txid, original cancelled) and amends (same txid, amend history)', () => {
    const { engine } = create()
    const placed = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: '1000',
      userref: 7,
    })
    const txid = placed.txid![0]!
    const amended = engine.amendOrder(KEY, { txid, limit_price: '1001.5' })
    expect(amended.amend_id).toMatch(/^T/)
    expect(engine.order(KEY, txid)?.price).toBe(1001.5)
    expect(
      engine
        .account(KEY)
        .amends.get(txid)
        ?.map((amend) => amend.amend_type),
    ).toEqual(['original', 'user'])
    const edited = engine.editOrder(KEY, { txid, volume: '0.02', price: '999' })
    expect(edited.txid).not.toBe(txid)
    expect(edited.originaltxid).toBe(txid)
    expect(engine.order(KEY, txid)?.status).toBe('canceled')
    expect(engine.openOrders(KEY).map((order) => order.volume)).toEqual([0.02])
  })

  it("amending a stop order's trigger price past the market triggers it", () => {
    const { engine, market } = create()
    const pair = market.findPair('XBTUSD')!
    const last = market.lastPrice(pair)
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'sell',
      ordertype: 'stop-loss',
      volume: '0.01',
      price: (last - 5000).toFixed(1),
    })
    expect(order?.status).toBe('open')
    engine.amendOrder(KEY, { txid: order!.txid, trigger_price: (last + 10).toFixed(1) })
    expect(order?.status).toBe('closed')
    expect(
      engine
        .account(KEY)
        .amends.get(order!.txid)
        ?.map((amend) => amend.amend_type),
    ).toEqual(['original', 'user'])
  })

  it('batch adds 2–15 orders on one pair and batch cancels them by txid and userref', () => {
    const { engine } = create()
    const order = (price: string) => ({ type: 'buy', ordertype: 'limit', volume: '0.01', price, userref: 5 })
    expect(krakenError(() => engine.batchAdd(KEY, { pair: 'XBTUSD', orders: [order('1000')] }))).toBe(
      'EGeneral:Invalid arguments:orders',
    )
    const result = engine.batchAdd(KEY, { pair: 'XBTUSD', orders: [order('1000'), order('1001'), order('1002')] })
    expect(result.orders).toHaveLength(3)
    const first = result.orders[0] as { txid: string }
    expect(engine.batchCancel(KEY, { orders: [first.txid] })).toEqual({ count: 1 })
    expect(engine.batchCancel(KEY, { orders: [{ txid: '5' }] })).toEqual({ count: 2 })
  })

  it('cancel-all-after really cancels when the timer fires; 0 disables it', () => {
    vi.useFakeTimers()
    const { engine } = create()
    engine.addOrder(KEY, { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01', price: '1000' })
    const armed = engine.cancelAllOrdersAfter(KEY, 60)
    expect(armed.triggerTime).not.toBe('0')
    vi.advanceTimersByTime(59_000)
    expect(engine.openOrders(KEY)).toHaveLength(1)
    vi.advanceTimersByTime(2_000)
    expect(engine.openOrders(KEY)).toHaveLength(0)
    engine.addOrder(KEY, { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01', price: '1000' })
    engine.cancelAllOrdersAfter(KEY, 10)
    expect(engine.cancelAllOrdersAfter(KEY, 0).triggerTime).toBe('0')
    vi.advanceTimersByTime(20_000)
    expect(engine.openOrders(KEY)).toHaveLength(1)
    engine.dispose()
  })

  it('triggers a stop-loss buy whose stop price is already reached, and unknown accounts start empty', () => {
    const { engine, market } = create()
    const pair = market.findPair('XBTUSD')!
    const stop = (market.lastPrice(pair) - 50).toFixed(1)
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'stop-loss',
      volume: '0.01',
      price: stop,
    })
    expect(order?.status).toBe('closed')
    expect(engine.balances('nobody')).toEqual({})
    expect(
      krakenError(() =>
        engine.addOrder('nobody', { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.01' }),
      ),
    ).toBe('EOrder:Insufficient funds')
  })

  it('translates WS v2 order params to REST names', () => {
    expect(
      fromWsOrderParams({
        order_type: 'stop-loss-limit',
        side: 'sell',
        order_qty: 0.5,
        symbol: 'BTC/USD',
        limit_price: 49000,
        triggers: { price: 49500 },
        post_only: false,
        fee_preference: 'base',
        order_userref: 3,
        time_in_force: 'gtc',
      }),
    ).toEqual({
      pair: 'BTC/USD',
      type: 'sell',
      ordertype: 'stop-loss-limit',
      volume: '0.5',
      price: '49500',
      price2: '49000',
      oflags: ['fcib'],
      userref: 3,
      timeinforce: 'GTC',
    })
    const { engine } = create()
    const result = engine.addOrder(
      KEY,
      fromWsOrderParams({
        order_type: 'limit',
        side: 'buy',
        order_qty: 0.01,
        symbol: 'BTC/USD',
        limit_price: 1000,
        cl_ord_id: 'ws-1',
      }),
    )
    expect(result.order?.cl_ord_id).toBe('ws-1')
  })
})
