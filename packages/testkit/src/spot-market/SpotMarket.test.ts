import { describe, expect, it } from 'vitest'
import { findPair } from './pairs.js'
import { SpotMarket } from './SpotMarket.js'
import type { MarketEvent } from './types.js'

const strip = (events: MarketEvent[]) =>
  events.map((event) =>
    event.kind === 'book'
      ? { ...event, timestamp: '' }
      : { ...event, trades: event.trades.map((trade) => ({ ...trade, timestamp: '' })) },
  )

describe('SpotMarket', () => {
  it('finds pairs by every Kraken spelling', () => {
    for (const name of ['XBTUSD', 'XXBTZUSD', 'BTC/USD', 'XBT/USD', 'btcusd', 'xbt/usd'])
      expect(findPair(name)?.restName).toBe('XXBTZUSD')
    expect(findPair('ETH/BTC')?.restName).toBe('XETHXXBT')
    expect(findPair('DOGE/USD')?.altname).toBe('XDGUSD')
    expect(findPair('NOPE/USD')).toBeUndefined()
  })

  it('serves ≥ 1000 uncrossed levels per side written with the full precision', () => {
    const market = new SpotMarket({ seed: 3 })
    for (const pair of market.pairs) {
      const { bids, asks } = market.book(pair)
      expect(bids.length).toBe(1000)
      expect(asks.length).toBe(1000)
      expect(Number(bids[0]?.price)).toBeLessThan(Number(asks[0]?.price))
      for (const level of [...bids, ...asks]) {
        expect(level.price.split('.')[1]?.length ?? 0).toBe(pair.pair_decimals)
        expect(level.qty.split('.')[1]?.length).toBe(pair.lot_decimals)
      }
      for (let index = 1; index < bids.length; index++)
        expect(Number(bids[index]?.price)).toBeLessThan(Number(bids[index - 1]?.price))
    }
    expect(market.pairs.some((pair) => pair.pair_decimals === 5)).toBe(true)
  })

  it('is deterministic: same seed → same snapshot and same step() sequence', () => {
    const a = new SpotMarket({ seed: 11 })
    const b = new SpotMarket({ seed: 11 })
    const c = new SpotMarket({ seed: 12 })
    const btc = a.pairs[0]!
    expect(a.book(btc)).toEqual(b.book(btc))
    expect(a.book(btc)).not.toEqual(c.book(btc))
    for (let tick = 0; tick < 200; tick++) expect(strip(a.step())).toEqual(strip(b.step()))
    expect(a.book(btc)).toEqual(b.book(btc))
  })

  it('emits deletions as zero quantities with the lot decimals, deep inserts and multi-level changes, never crossing', () => {
    const market = new SpotMarket({ seed: 5 })
    let deletions = 0
    let deepInserts = 0
    let multi = 0
    for (let tick = 0; tick < 300; tick++) {
      for (const event of market.step()) {
        if (event.kind !== 'book') continue
        const levels = [...event.bids, ...event.asks]
        if (levels.length > 1) multi++
        for (const level of levels) if (level.qty === (0).toFixed(event.pair.lot_decimals)) deletions++
        const book = market.book(event.pair)
        const tenth = Number(book.asks[9]?.price)
        if (event.asks.some((level) => Number(level.price) > tenth && Number(level.qty) > 0)) deepInserts++
        expect(Number(book.bids[0]?.price)).toBeLessThan(Number(book.asks[0]?.price))
        expect(book.bids.length).toBe(1000)
      }
    }
    expect(deletions).toBeGreaterThan(50)
    expect(deepInserts).toBeGreaterThan(50)
    expect(multi).toBeGreaterThan(50)
  })

  it('serves trades, candles for every interval, spreads and a ticker', () => {
    const market = new SpotMarket({ seed: 1 })
    const pair = findPair('XBTUSD')!
    for (let tick = 0; tick < 20; tick++) market.step()
    const trades = market.trades(pair)
    expect(trades.length).toBeGreaterThan(300)
    expect(trades[0]?.qty).toMatch(/^\d+\.\d{8}$/)
    for (const interval of [1, 5, 15, 30, 60, 240, 1440, 10080, 21600]) {
      const candles = market.ohlc(pair, interval)
      expect(candles.length).toBe(720)
      expect(candles[1]!.time - candles[0]!.time).toBe(interval * 60)
    }
    expect(market.spread(pair).length).toBeGreaterThan(10)
    const ticker = market.ticker(pair)
    expect(Number(ticker.ask)).toBeGreaterThan(Number(ticker.bid))
    expect(ticker.last).toMatch(/^\d+\.\d$/)
  })

  it('builds live candles from trades and freezes closed ones', () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 30)
    const market = new SpotMarket({ seed: 2, now: () => now })
    const pair = findPair('ETHUSD')!
    market.ohlc(pair, 1)
    for (let tick = 0; tick < 200; tick++) {
      now += 1_000
      market.step()
    }
    const candles = market.ohlc(pair, 1)
    const minute = Date.UTC(2026, 0, 1, 12, 2) / 1000
    const closed = candles.find((candle) => candle.time === minute)
    const trades = market
      .trades(pair)
      .filter((trade) => trade.time >= minute * 1000 && trade.time < (minute + 60) * 1000)
    expect(closed?.count).toBe(trades.length)
    expect(closed?.open).toBe(trades[0]?.price)
    expect(closed?.close).toBe(trades[trades.length - 1]?.price)
    for (let tick = 0; tick < 3_000; tick++) {
      now += 1_000
      market.step()
    }
    // Those trades left the 1000-trade history long ago; the closed candle stays as it was.
    expect(market.ohlc(pair, 1).find((candle) => candle.time === minute)).toEqual(closed)
  })
})
