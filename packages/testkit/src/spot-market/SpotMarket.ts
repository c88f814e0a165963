import { _mixSeed, _mulberry32 } from './internal/_mulberry32.js'
import { _formatUnits } from './internal/_units.js'
import { findPair as findPairByName, SIM_PAIRS, type SimPair } from './pairs.js'
import type { BookLevel, Candle, MarketEvent, MarketTrade, SpreadSample, Ticker } from './types.js'

/** A level: price in ticks (never changes), quantity in lot units; `pt`/`qt` cache their text (`qv` = units of `qt`). */
type Level = { p: number; q: number; pt?: string; qt?: string; qv?: number }
type Changes = { bids: Map<number, number>; asks: Map<number, number> }
type PairState = {
  pair: SimPair
  rng: () => number
  /** Best first: bids descending, asks ascending (prices in ticks, quantities in lot units). */
  bids: Level[]
  asks: Level[]
  trades: MarketTrade[]
  /** Best bid/ask samples in ticks and lot units (written as text only when read: `spread()`). */
  spreads: Array<{ time: number; bid: number; ask: number; bidQty: number; askQty: number }>
  typicalUnits: number
  baseVolumeUnits: number
  /** The starting mid and the current one, in ticks (the mid is a float; the book is re-anchored to it each tick). */
  startMid: number
  mid: number
  /** ln(mid / startMid): a mean-reverting, bounded random walk (so the mid stays positive and near its start). */
  drift: number
  candles: Map<number, { endBucket: number; candles: Candle[] }>
}

/** Options of {@link SpotMarket}. */
export type SpotMarketOptions = { seed: number; now?: () => number }

const LEVELS = 1100
const MAX_LEVELS = 1200
const TRADE_HISTORY = 1000
const SPREAD_HISTORY = 200
/** Mid random walk per tick, in ln units: volatility, pull back to the start and bound (±3 %). */
const MID_VOLATILITY = 1.5e-6
const MID_REVERSION = 5e-5
const MID_MAX_DRIFT = 0.03
/** The inside of the book kept continuous (no hole wider than the widest gap `#gap` draws, 4 ticks). */
const INSIDE_LEVELS = 30
const MAX_GAP = 4
/** Kraken's OHLC intervals (minutes). */
export const OHLC_INTERVALS = [1, 5, 15, 30, 60, 240, 1440, 10080, 21600] as const

/**
 * A deterministic synthetic spot market: random-walk books (≥ 1000 levels a side), trades, OHLC, spreads and
 * tickers for every pair of {@link SIM_PAIRS}. Same seed → same snapshot and the same `step()` sequence (only the
 * wall-clock timestamps differ).
 *
 * @example
 * const market = new SpotMarket({ seed: 1 })
 * const btc = market.findPair('XBTUSD')!
 * market.book(btc, 10).asks[0] // { price: '95000.3', qty: '0.41234567' }
 */
export class SpotMarket {
  readonly pairs: readonly SimPair[] = SIM_PAIRS
  readonly #states = new Map<SimPair, PairState>()
  readonly #listeners = new Set<(events: MarketEvent[]) => void>()
  readonly #now: () => number
  readonly seed: number
  #nextTradeId = 1
  /** Timer hooks set by getSpotMarket (start when the first listener arrives, stop with the last). */
  onListenersChanged: ((count: number) => void) | undefined

  constructor(options: SpotMarketOptions) {
    this.seed = options.seed
    this.#now = options.now ?? Date.now
    for (const pair of this.pairs) this.#states.set(pair, this.#createPair(pair))
  }

  /** Any spelling: `XBTUSD`, `XXBTZUSD`, `BTC/USD`, `XBT/USD`, `btcusd`. */
  findPair(name: string): SimPair | undefined {
    return findPairByName(name)
  }

  /** The book, best first, at most `depth` levels per side. */
  book(pair: SimPair, depth = 1000): { bids: BookLevel[]; asks: BookLevel[] } {
    const state = this.#state(pair)
    return {
      bids: state.bids.slice(0, depth).map((level) => this.#level(pair, level)),
      asks: state.asks.slice(0, depth).map((level) => this.#level(pair, level)),
    }
  }

  /** Best bid and ask as numbers (for the matching engine). */
  top(pair: SimPair): { bid: number; ask: number } {
    const state = this.#state(pair)
    const scale = 10 ** pair.pair_decimals
    return { bid: (state.bids[0]?.p ?? 0) / scale, ask: (state.asks[0]?.p ?? 0) / scale }
  }

  /** Levels as numbers, best first (for the matching engine). */
  levels(pair: SimPair, side: 'bids' | 'asks', depth = 1000): Array<{ price: number; qty: number }> {
    const state = this.#state(pair)
    const priceScale = 10 ** pair.pair_decimals
    const qtyScale = 10 ** pair.lot_decimals
    return state[side].slice(0, depth).map((level) => ({ price: level.p / priceScale, qty: level.q / qtyScale }))
  }

  /** Recent trades, oldest first; `since` in milliseconds filters to trades strictly after it. */
  trades(pair: SimPair, since?: number): MarketTrade[] {
    const trades = this.#state(pair).trades
    return since === undefined ? trades.slice() : trades.filter((trade) => trade.time > since)
  }

  /** Last trade price as a number. */
  lastPrice(pair: SimPair): number {
    const trades = this.#state(pair).trades
    const last = trades[trades.length - 1]
    return last ? Number(last.price) : this.top(pair).bid
  }

  /** Candles of `intervalMinutes` (one of {@link OHLC_INTERVALS}), oldest first, up to 720; `since` in seconds. */
  ohlc(pair: SimPair, intervalMinutes: number, since?: number): Candle[] {
    const state = this.#state(pair)
    const seconds = intervalMinutes * 60
    const currentBucket = Math.floor(this.#now() / 1000 / seconds) * seconds
    let cached = state.candles.get(intervalMinutes)
    if (!cached) {
      cached = { endBucket: currentBucket - seconds, candles: this.#history(state, intervalMinutes, currentBucket) }
      state.candles.set(intervalMinutes, cached)
    }
    // Closed buckets are computed once and frozen (their trades may later leave the 1000-trade history).
    const inBucket = (bucket: number) =>
      state.trades.filter((trade) => trade.time >= bucket * 1000 && trade.time < (bucket + seconds) * 1000)
    const lastClose = () => cached.candles[cached.candles.length - 1]?.close ?? this.#price(pair, state.bids[0]?.p ?? 0)
    for (let bucket = cached.endBucket + seconds; bucket < currentBucket; bucket += seconds) {
      cached.candles.push(this.#candle(pair, bucket, inBucket(bucket), lastClose()))
      cached.endBucket = bucket
    }
    if (cached.candles.length > 720) cached.candles.splice(0, cached.candles.length - 720)
    const candles = [...cached.candles, this.#candle(pair, currentBucket, inBucket(currentBucket), lastClose())]
    const recent = candles.slice(-720)
    return since === undefined ? recent : recent.filter((candle) => candle.time > since)
  }

  /** Recent best bid/ask samples, oldest first; `since` in seconds. */
  spread(pair: SimPair, since?: number): SpreadSample[] {
    const spreads = this.#state(pair).spreads
    return (since === undefined ? spreads : spreads.filter((sample) => sample.time > since)).map((sample) => ({
      time: sample.time,
      bid: this.#price(pair, sample.bid),
      ask: this.#price(pair, sample.ask),
      bidQty: this.#qty(pair, sample.bidQty),
      askQty: this.#qty(pair, sample.askQty),
    }))
  }

  /** Rolling ticker of a pair. */
  ticker(pair: SimPair): Ticker {
    const state = this.#state(pair)
    const now = this.#now()
    const midnight = Math.floor(now / 86_400_000) * 86_400_000
    const day = state.trades.filter((trade) => trade.time > now - 86_400_000)
    const today = day.filter((trade) => trade.time >= midnight)
    const stats = (trades: MarketTrade[], extraUnits: number) => {
      const fallback = Number(this.#price(pair, state.bids[0]?.p ?? 0))
      let volume = extraUnits / 10 ** pair.lot_decimals
      let notional = volume * (trades.length ? Number(trades[0]?.price) : fallback)
      let low = Number.POSITIVE_INFINITY
      let high = 0
      for (const trade of trades) {
        const price = Number(trade.price)
        volume += Number(trade.qty)
        notional += price * Number(trade.qty)
        low = Math.min(low, price)
        high = Math.max(high, price)
      }
      if (!trades.length) low = high = fallback
      return {
        volume,
        vwap: volume ? notional / volume : fallback,
        low,
        high,
        open: trades.length ? Number(trades[0]?.price) : fallback,
      }
    }
    const all = stats(day, state.baseVolumeUnits)
    const sinceMidnight = stats(today, Math.round(state.baseVolumeUnits * ((now - midnight) / 86_400_000)))
    const last = state.trades[state.trades.length - 1]
    const bid = state.bids[0] ?? { p: 0, q: 0 }
    const ask = state.asks[0] ?? { p: 0, q: 0 }
    const price = (value: number) => value.toFixed(pair.pair_decimals)
    const lastPrice = last ? Number(last.price) : Number(this.#price(pair, bid.p))
    return {
      ask: this.#price(pair, ask.p),
      askQty: this.#qty(pair, ask.q),
      bid: this.#price(pair, bid.p),
      bidQty: this.#qty(pair, bid.q),
      last: price(lastPrice),
      lastQty: last?.qty ?? this.#qty(pair, 0),
      volume: all.volume.toFixed(pair.lot_decimals),
      volumeToday: sinceMidnight.volume.toFixed(pair.lot_decimals),
      vwap: price(all.vwap),
      vwapToday: price(sinceMidnight.vwap),
      trades: day.length + 5_000,
      tradesToday: today.length + Math.round(5_000 * ((now - midnight) / 86_400_000)),
      low: price(all.low),
      lowToday: price(sinceMidnight.low),
      high: price(all.high),
      highToday: price(sinceMidnight.high),
      open: price(all.open),
      openToday: price(sinceMidnight.open),
      change: price(lastPrice - all.open),
      changePct: (((lastPrice - all.open) / all.open) * 100).toFixed(2),
    }
  }

  /** Advances the market one tick for every pair; returns (and emits to listeners) what changed. */
  step(): MarketEvent[] {
    const events: MarketEvent[] = []
    for (const state of this.#states.values()) this.#stepPair(state, events)
    for (const hook of this.stepHooks) hook(events)
    for (const listener of [...this.#listeners]) listener(events)
    return events
  }

  /**
   * Subscribes to every tick. While at least one listener exists a timer of `state.tickMs` calls `step()` (set up
   * by `getSpotMarket`); returns the unsubscribe function.
   */
  onEvents(listener: (events: MarketEvent[]) => void): () => void {
    this.#listeners.add(listener)
    this.onListenersChanged?.(this.#listeners.size)
    return () => {
      if (this.#listeners.delete(listener)) this.onListenersChanged?.(this.#listeners.size)
    }
  }

  /** Internal: listens to steps without starting the timer (the matching engine uses it). */
  readonly stepHooks = new Set<(events: MarketEvent[]) => void>()

  #state(pair: SimPair): PairState {
    const state = this.#states.get(pair) ?? this.#states.get(findPairByName(pair.altname) as SimPair)
    if (!state) throw new Error(`unknown pair ${pair.altname}`)
    return state
  }

  #price(pair: SimPair, ticks: number): string {
    return _formatUnits(ticks, pair.pair_decimals)
  }

  #qty(pair: SimPair, units: number): string {
    return _formatUnits(units, pair.lot_decimals)
  }

  #level(pair: SimPair, level: Level): BookLevel {
    level.pt ??= this.#price(pair, level.p)
    if (level.qv !== level.q) {
      level.qt = this.#qty(pair, level.q)
      level.qv = level.q
    }
    return { price: level.pt, qty: level.qt as string }
  }

  #createPair(pair: SimPair): PairState {
    const rng = _mulberry32(_mixSeed(this.seed, pair.restName))
    const quoteUsd = pair.quote === 'XXBT' ? 95_000 : 1
    const typicalUnits = Math.round((3_000 / (pair.startPrice * quoteUsd)) * 10 ** pair.lot_decimals)
    const mid = Math.round(pair.startPrice * 10 ** pair.pair_decimals)
    const state: PairState = {
      pair,
      rng,
      bids: [],
      asks: [],
      trades: [],
      spreads: [],
      typicalUnits,
      baseVolumeUnits: typicalUnits * (2_000 + Math.floor(rng() * 2_000)),
      candles: new Map(),
      startMid: mid,
      mid,
      drift: 0,
    }
    let bid = mid - 1 - Math.floor(rng() * 2)
    let ask = mid + 1 + Math.floor(rng() * 2)
    for (let index = 0; index < LEVELS; index++) {
      state.bids.push({ p: bid, q: this.#randomQty(state) })
      state.asks.push({ p: ask, q: this.#randomQty(state) })
      bid -= this.#gap(state)
      ask += this.#gap(state)
    }
    const now = this.#now()
    for (let index = 0; index < 300; index++) {
      const time = now - 3_600_000 + index * 12_000
      const side = rng() < 0.5 ? 'buy' : 'sell'
      const level = side === 'buy' ? state.asks[Math.floor(rng() * 3)] : state.bids[Math.floor(rng() * 3)]
      const units = Math.max(1, Math.round((level?.q ?? typicalUnits) * rng() * 0.5))
      state.trades.push(this.#trade(pair, level?.p ?? mid, units, side, rng() < 0.6 ? 'market' : 'limit', time))
    }
    for (let index = 0; index < 50; index++) this.#sampleSpread(state, now - (50 - index) * 60_000)
    return state
  }

  #gap(state: PairState): number {
    return 1 + Math.floor(state.rng() * state.rng() * 4)
  }

  #randomQty(state: PairState): number {
    const r = state.rng()
    return Math.max(1, Math.round(state.typicalUnits * (0.01 + r * r * 3)))
  }

  #trade(
    pair: SimPair,
    ticks: number,
    units: number,
    side: 'buy' | 'sell',
    ordType: 'market' | 'limit',
    time: number,
  ): MarketTrade {
    return {
      price: this.#price(pair, ticks),
      qty: this.#qty(pair, units),
      side,
      ord_type: ordType,
      trade_id: this.#nextTradeId++,
      timestamp: new Date(time).toISOString(),
      time,
    }
  }

  #sampleSpread(state: PairState, time: number): void {
    const bid = state.bids[0] ?? { p: 0, q: 0 }
    const ask = state.asks[0] ?? { p: 0, q: 0 }
    state.spreads.push({
      time: Math.floor(time / 1000),
      bid: bid.p,
      ask: ask.p,
      bidQty: bid.q,
      askQty: ask.q,
    })
    if (state.spreads.length > SPREAD_HISTORY) state.spreads.splice(0, state.spreads.length - SPREAD_HISTORY)
  }

  #history(state: PairState, interval: number, currentBucket: number): Candle[] {
    const { pair } = state
    const rng = _mulberry32(_mixSeed(this.seed, `${pair.restName}/${interval}`))
    const seconds = interval * 60
    const scale = 10 ** pair.pair_decimals
    const sigma = 0.0015 * Math.sqrt(interval)
    const candles: Candle[] = []
    let close = Number(
      this.#price(
        pair,
        state.trades[0]?.price ? Math.round(Number(state.trades[0].price) * scale) : (state.bids[0]?.p ?? 0),
      ),
    )
    // Walk backwards from today's first trade price, so the history joins the live market.
    for (let index = 1; index <= 719; index++) {
      const open = close * (1 + (rng() - 0.5) * sigma)
      const high = Math.max(open, close) * (1 + rng() * sigma * 0.5)
      const low = Math.min(open, close) * (1 - rng() * sigma * 0.5)
      const volume = ((state.typicalUnits / 10 ** pair.lot_decimals) * (5 + rng() * 50) * interval) / 5
      const fixed = (value: number) => value.toFixed(pair.pair_decimals)
      candles.push({
        time: currentBucket - index * seconds,
        open: fixed(open),
        high: fixed(high),
        low: fixed(low),
        close: fixed(close),
        vwap: fixed((open + high + low + close) / 4),
        volume: volume.toFixed(pair.lot_decimals),
        count: 1 + Math.floor(rng() * 40 * Math.sqrt(interval)),
      })
      close = open
    }
    return candles.reverse()
  }

  #candle(pair: SimPair, bucket: number, trades: MarketTrade[], previousClose: string): Candle {
    if (!trades.length) {
      return {
        time: bucket,
        open: previousClose,
        high: previousClose,
        low: previousClose,
        close: previousClose,
        vwap: previousClose,
        volume: this.#qty(pair, 0),
        count: 0,
      }
    }
    let high = Number.NEGATIVE_INFINITY
    let low = Number.POSITIVE_INFINITY
    let volume = 0
    let notional = 0
    for (const trade of trades) {
      const price = Number(trade.price)
      high = Math.max(high, price)
      low = Math.min(low, price)
      volume += Number(trade.qty)
      notional += price * Number(trade.qty)
    }
    const fixed = (value: number) => value.toFixed(pair.pair_decimals)
    return {
      time: bucket,
      open: trades[0]?.price ?? previousClose,
      high: fixed(high),
      low: fixed(low),
      close: trades[trades.length - 1]?.price ?? previousClose,
      vwap: fixed(notional / volume),
      volume: volume.toFixed(pair.lot_decimals),
      count: trades.length,
    }
  }

  #stepPair(state: PairState, events: MarketEvent[]): void {
    const { pair, rng } = state
    const time = this.#now()
    const changed: Changes = { bids: new Map(), asks: new Map() }
    const set = (side: 'bids' | 'asks', level: Level) => changed[side].set(level.p, level.q)
    const remove = (side: 'bids' | 'asks', index: number) => {
      const [level] = state[side].splice(index, 1)
      if (level) changed[side].set(level.p, 0)
    }
    const trades: MarketTrade[] = []
    this.#walkMid(state)
    this.#anchor(state, changed, remove)
    const operations = 1 + Math.floor(rng() * 4)
    for (let op = 0; op < operations; op++) {
      const side: 'bids' | 'asks' = rng() < 0.5 ? 'bids' : 'asks'
      const levels = state[side]
      const roll = rng()
      if (roll < 0.4) {
        // Change the quantity of a level, mostly near the top.
        const index = Math.floor(rng() * rng() * Math.min(levels.length, 60))
        const level = levels[index]
        if (level) {
          level.q = this.#randomQty(state)
          set(side, level)
        }
      } else if (roll < 0.6) {
        // A trade takes liquidity from the best level of this side.
        const level = levels[0]
        if (!level) continue
        const units = Math.max(1, Math.min(level.q, Math.round(level.q * (0.2 + rng()))))
        trades.push(
          this.#trade(pair, level.p, units, side === 'asks' ? 'buy' : 'sell', rng() < 0.7 ? 'market' : 'limit', time),
        )
        level.q -= units
        if (level.q <= 0) remove(side, 0)
        else set(side, level)
      } else if (roll < 0.8) {
        // A new level: inside the spread, or between two existing levels below the top 10.
        const spread = (state.asks[0]?.p ?? 0) - (state.bids[0]?.p ?? 0)
        if (spread > 1 && rng() < 0.5) {
          const offset = 1 + Math.floor(rng() * Math.min(spread - 1, 3))
          const level = {
            p: side === 'bids' ? (state.bids[0]?.p ?? 0) + offset : (state.asks[0]?.p ?? 0) - offset,
            q: this.#randomQty(state),
          }
          if (level.p > (state.bids[0]?.p ?? 0) && level.p < (state.asks[0]?.p ?? 0)) {
            levels.unshift(level)
            set(side, level)
          }
        } else {
          const index = 10 + Math.floor(rng() * Math.min(levels.length - 11, 300))
          const above = levels[index]
          const below = levels[index + 1]
          if (above && below && Math.abs(below.p - above.p) > 1) {
            const level = { p: above.p + (side === 'asks' ? 1 : -1), q: this.#randomQty(state) }
            levels.splice(index + 1, 0, level)
            set(side, level)
          }
        }
      } else {
        // Delete a level near the top (cancels), sometimes two at once.
        remove(side, Math.floor(rng() * Math.min(levels.length, 25)))
        if (rng() < 0.3) remove(side, Math.floor(rng() * Math.min(levels.length, 25)))
      }
      // A thin spread of exactly zero never happens; keep the book uncrossed.
      while ((state.bids[0]?.p ?? 0) >= (state.asks[0]?.p ?? Number.POSITIVE_INFINITY))
        remove(side === 'bids' ? 'asks' : 'bids', 0)
    }
    this.#finish(state, changed, trades, time, events)
  }

  /**
   * Moves the mid one tick: a multiplicative (log-space) walk, mean-reverting towards the start and clamped, so it
   * can never reach zero nor run away however long the market runs.
   */
  #walkMid(state: PairState): void {
    const { rng } = state
    // Sum of four uniforms: mean 2, variance 1/3 → scaled to a unit-variance, bell-shaped step.
    const step = (rng() + rng() + rng() + rng() - 2) * Math.sqrt(3)
    const drift = state.drift * (1 - MID_REVERSION) + MID_VOLATILITY * step
    state.drift = Math.min(MID_MAX_DRIFT, Math.max(-MID_MAX_DRIFT, drift))
    state.mid = state.startMid * Math.exp(state.drift)
  }

  /**
   * Re-anchors the inside of the book to the mid: bids at or above the mid and asks at or below it are cancelled,
   * and when the best level has fallen away from the mid (trades and cancels eat the touch faster than random
   * inserts refill it) new levels are quoted from a touch 0–2 ticks off the mid down to the old best level. Without
   * this the touch drifted away tick after tick (spread ≈ 500 ticks after 10,000 ticks, negative ETH/BTC bids).
   */
  #anchor(state: PairState, changed: Changes, remove: (side: 'bids' | 'asks', index: number) => void): void {
    const { mid } = state
    const halfSpread = state.rng() * 0.75
    const touch = {
      bids: Math.min(Math.floor(mid - halfSpread), Math.ceil(mid) - 1),
      asks: Math.max(Math.ceil(mid + halfSpread), Math.floor(mid) + 1),
    }
    for (const side of ['bids', 'asks'] as const) {
      const levels = state[side]
      const direction = side === 'bids' ? -1 : 1
      // Strictly on its own side of the mid: bid < mid < ask, so the book can never cross.
      while (levels[0] && (levels[0].p - mid) * direction <= 0) remove(side, 0)
      const best = levels[0]?.p ?? touch[side] + direction * Number.MAX_SAFE_INTEGER
      const fresh: Level[] = []
      for (let p = touch[side]; (best - p) * direction > 0 && fresh.length < LEVELS; p += direction * this.#gap(state))
        fresh.push({ p, q: this.#randomQty(state) })
      levels.unshift(...fresh)
      for (const level of fresh) changed[side].set(level.p, level.q)
      // Cancels and trades hit the top 25 levels far more often than inserts land there: re-quote any hole wider
      // than the widest gap of a fresh book, so the inside stays as dense as it started.
      for (let index = 1; index < Math.min(levels.length, INSIDE_LEVELS); index++) {
        const above = levels[index - 1] as Level
        const below = levels[index] as Level
        if ((below.p - above.p) * direction <= MAX_GAP) continue
        const level = { p: above.p + direction * this.#gap(state), q: this.#randomQty(state) }
        levels.splice(index, 0, level)
        changed[side].set(level.p, level.q)
      }
    }
  }

  /** Refills both sides to ≥ 1000 levels, trims the depths, records trades and writes the tick's events. */
  #finish(state: PairState, changed: Changes, trades: MarketTrade[], time: number, events: MarketEvent[]): void {
    const { pair } = state
    for (const side of ['bids', 'asks'] as const) {
      // Keep ≥ 1000 levels: append a new level beyond the deepest one (an insert far deeper than the top 10).
      while (state[side].length < LEVELS) {
        const last = state[side][state[side].length - 1] ?? { p: 0, q: 0 }
        const level = { p: last.p + (side === 'asks' ? 1 : -1) * this.#gap(state), q: this.#randomQty(state) }
        state[side].push(level)
        if (state[side].length <= 1000) changed[side].set(level.p, level.q)
      }
      while (state[side].length > MAX_LEVELS) state[side].pop()
    }
    if (trades.length) {
      state.trades.push(...trades)
      if (state.trades.length > TRADE_HISTORY) state.trades.splice(0, state.trades.length - TRADE_HISTORY)
      events.push({ kind: 'trade', pair, trades: trades.map(({ time: _time, ...trade }) => trade) })
    }
    if (changed.bids.size || changed.asks.size) {
      const toLevels = (map: Map<number, number>, descending: boolean) =>
        [...map]
          .sort((a, b) => (descending ? b[0] - a[0] : a[0] - b[0]))
          .map(([p, q]) => ({ price: this.#price(pair, p), qty: this.#qty(pair, q) }))
      events.push({
        kind: 'book',
        pair,
        bids: toLevels(changed.bids, true),
        asks: toLevels(changed.asks, false),
        timestamp: new Date(time).toISOString(),
      })
      this.#sampleSpread(state, time)
    }
  }

  /**
   * A user's taker order takes liquidity: removes `qty` (base units) from the best levels of the opposite side,
   * records the public trades and emits them (and the book change) to `onEvents` listeners, like a tick. Returns the
   * public trades, best price first. The engine calls it, so own fills show in the public feeds.
   */
  take(pair: SimPair, side: 'buy' | 'sell', qty: number, ordType: 'market' | 'limit'): MarketTrade[] {
    const state = this.#state(pair)
    const bookSide = side === 'buy' ? 'asks' : 'bids'
    const time = this.#now()
    const changed: Changes = { bids: new Map(), asks: new Map() }
    const trades: MarketTrade[] = []
    let units = Math.round(qty * 10 ** pair.lot_decimals)
    while (units > 0 && state[bookSide].length) {
      const level = state[bookSide][0] as Level
      const taken = Math.min(units, level.q)
      trades.push(this.#trade(pair, level.p, taken, side, ordType, time))
      level.q -= taken
      units -= taken
      if (level.q <= 0) state[bookSide].shift()
      changed[bookSide].set(level.p, Math.max(level.q, 0))
    }
    const events: MarketEvent[] = []
    this.#finish(state, changed, trades, time, events)
    for (const listener of [...this.#listeners]) listener(events)
    return trades
  }

  /**
   * Records a public trade that consumed no visible level (a resting user order crossed by the market) and emits it
   * to `onEvents` listeners. Returns the trade.
   */
  recordTrade(
    pair: SimPair,
    price: number,
    qty: number,
    side: 'buy' | 'sell',
    ordType: 'market' | 'limit',
  ): MarketTrade {
    const state = this.#state(pair)
    const trade = this.#trade(
      pair,
      Math.round(price * 10 ** pair.pair_decimals),
      Math.round(qty * 10 ** pair.lot_decimals),
      side,
      ordType,
      this.#now(),
    )
    const events: MarketEvent[] = []
    this.#finish(state, { bids: new Map(), asks: new Map() }, [trade], trade.time, events)
    for (const listener of [...this.#listeners]) listener(events)
    return trade
  }
}
