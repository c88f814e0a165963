import { afterEach, describe, expect, it, vi } from 'vitest'
import { SpotMarket } from '../spot-market/SpotMarket.js'
import { SpotEngine } from './SpotEngine.js'

const KEY = 'k'
const create = (seed: number) => {
  const market = new SpotMarket({ seed })
  const engine = new SpotEngine({
    seed,
    market,
    account: () => ({ key: KEY, secret: '', balances: { ZUSD: '1000000', XXBT: '10' } }),
  })
  return { market, engine }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('SpotEngine against a moving market', () => {
  it('fills a resting order as a maker when a market tick crosses it (deterministic for the seed)', () => {
    const { market, engine } = create(21)
    const pair = market.findPair('XBTUSD')!
    // A passive sell one tick above the best bid: it rests, and fills once the bid reaches it.
    const price = (market.top(pair).bid + 0.1).toFixed(1)
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'sell',
      ordertype: 'limit',
      volume: '0.5',
      price,
      oflags: 'post',
    })
    expect(order?.status).toBe('open')
    let ticks = 0
    while (order?.status === 'open' && ticks < 5_000) {
      market.step()
      ticks++
    }
    expect(order?.status).toBe('closed')
    const trade = [...engine.account(KEY).trades.values()][0]
    expect(trade).toMatchObject({ maker: true, price: Number(price), vol: 0.5 })
    expect(trade?.fee).toBeCloseTo(0.5 * Number(price) * 0.0016, 4)
    expect(Number(engine.balances(KEY).XXBT)).toBeCloseTo(9.5, 9)
  })

  it('expires GTD orders when their time comes', () => {
    vi.useFakeTimers()
    const { engine } = create(3)
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: '1000',
      timeinforce: 'GTD',
      expiretm: '+30',
    })
    vi.advanceTimersByTime(29_000)
    expect(order?.status).toBe('open')
    vi.advanceTimersByTime(2_000)
    expect(order?.status).toBe('expired')
    engine.dispose()
  })

  it('IOC limit orders cancel what they cannot fill at once; market sells fill against bids', () => {
    const { market, engine } = create(4)
    const pair = market.findPair('XBTUSD')!
    const ioc = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: '1000',
      timeinforce: 'IOC',
    }).order
    expect(ioc?.status).toBe('canceled')
    const bid = market.top(pair).bid
    const sell = engine.addOrder(KEY, { pair: 'XBTUSD', type: 'sell', ordertype: 'market', volume: '0.001' }).order
    expect(sell?.status).toBe('closed')
    expect(sell!.cost / sell!.vol_exec).toBeCloseTo(bid, 1)
  })

  it('a trailing stop sell follows the price and triggers on a fall of the offset', () => {
    const { market, engine } = create(5)
    const pair = market.findPair('XBTUSD')!
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'sell',
      ordertype: 'trailing-stop',
      volume: '0.01',
      price: '+5',
    })
    expect(order?.status).toBe('open')
    let highest = market.lastPrice(pair)
    let ticks = 0
    while (order?.status === 'open' && ticks < 20_000) {
      market.step()
      highest = Math.max(highest, market.lastPrice(pair))
      ticks++
    }
    expect(order?.status).toBe('closed')
    // It fired only after the last price fell at least 5 below the highest price seen since it was placed.
    expect(market.lastPrice(pair)).toBeLessThanOrEqual(highest - 5 + 1e-9)
  })

  it('same seed, same requests → same txids and fills', () => {
    const run = () => {
      const { engine } = create(77)
      const a = engine.addOrder(KEY, { pair: 'ETHUSD', type: 'buy', ordertype: 'market', volume: '1' })
      const b = engine.addOrder(KEY, {
        pair: 'XBTUSD',
        type: 'sell',
        ordertype: 'limit',
        volume: '0.1',
        price: '200000',
      })
      return [a.txid, a.order?.cost, b.txid, engine.balances(KEY)]
    }
    expect(run()).toEqual(run())
  })
})

describe('own fills in the public market', () => {
  it('a taker order consumes the book and shows in the public trades with the same trade_id', () => {
    const { market, engine } = create(31)
    const pair = market.findPair('XBTUSD')!
    const events: string[] = []
    const off = market.onEvents((batch) => events.push(...batch.map((event) => event.kind)))
    const before = market.book(pair, 3).asks
    const bestQty = Number(before[0]?.qty)
    const { order } = engine.addOrder(KEY, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'market',
      volume: (bestQty + 0.00000001).toFixed(8),
    })
    off()
    expect(order?.status).toBe('closed')
    // The best ask was consumed entirely; one satoshi came from the next level.
    const after = market.book(pair, 3).asks
    expect(after[0]?.price).toBe(before[1]?.price)
    expect(Number(after[0]?.qty)).toBeCloseTo(Number(before[1]?.qty) - 0.00000001, 8)
    expect(events).toEqual(['trade', 'book'])
    const publicTrades = market.trades(pair).slice(-2)
    expect(publicTrades.map((trade) => trade.side)).toEqual(['buy', 'buy'])
    const own = [...engine.account(KEY).trades.values()][0]
    expect(own?.trade_id).toBe(publicTrades[0]?.trade_id)
  })
})
