import { _instruments, type FuturesInstrument } from './_instruments.js'
import { _random, _roundTo, _uuid } from './_random.js'
import type { FuturesMarketEvent, FuturesTicker, FuturesTrade } from './FuturesEngineTypes.js'

const DEPTH = 25

/** One instrument's live market: book sides (price → qty), seq counter, last trade, 24h stats. */
export type FuturesMarketState = {
  instrument: FuturesInstrument
  bids: Map<number, number>
  asks: Map<number, number>
  /** Book sequence number, increased by one per book message (snapshot or delta), as Kraken's `seq`. */
  seq: number
  mid: number
  last: number
  lastSize: number
  lastTime: number
  open24h: number
  vol24h: number
  trades: FuturesTrade[]
  fundingRate: number
}

/**
 * The synthetic public market of the simulated Futures exchange: deterministic random-walk books, trades and
 * tickers per instrument. Pure state plus `step()`; the engine owns timers and listeners.
 */
export class FuturesMarket {
  readonly instruments: FuturesInstrument[]
  readonly markets = new Map<string, FuturesMarketState>()
  readonly next: () => number
  #tradeId = 0

  constructor(seed: number) {
    this.next = _random(seed)
    this.instruments = _instruments(seed)
    const now = Date.now()
    for (const instrument of this.instruments) {
      const state: FuturesMarketState = {
        instrument,
        bids: new Map(),
        asks: new Map(),
        seq: 0,
        mid: instrument.startPrice,
        last: instrument.startPrice,
        lastSize: 1,
        lastTime: now,
        open24h: instrument.startPrice,
        vol24h: 0,
        trades: [],
        fundingRate: 0.000001,
      }
      this.#refill(state, [])
      this.markets.set(instrument.symbol, state)
    }
  }

  /** Case-insensitive lookup (Kraken accepts `pi_xbtusd`). */
  get(symbol: string): FuturesMarketState | undefined {
    return this.markets.get(symbol.toUpperCase())
  }

  bestBid(state: FuturesMarketState): number {
    return Math.max(...state.bids.keys())
  }

  bestAsk(state: FuturesMarketState): number {
    return Math.min(...state.asks.keys())
  }

  /** Sorted book, best first. */
  book(state: FuturesMarketState): { bids: Array<[number, number]>; asks: Array<[number, number]> } {
    return {
      bids: [...state.bids].sort((a, b) => b[0] - a[0]),
      asks: [...state.asks].sort((a, b) => a[0] - b[0]),
    }
  }

  ticker(state: FuturesMarketState): FuturesTicker {
    const { instrument } = state
    const bid = this.bestBid(state)
    const ask = this.bestAsk(state)
    return {
      tag: instrument.tag,
      pair: instrument.pair,
      symbol: instrument.symbol,
      markPrice: state.mid,
      bid,
      bidSize: state.bids.get(bid) ?? 0,
      ask,
      askSize: state.asks.get(ask) ?? 0,
      vol24h: state.vol24h,
      volumeQuote: _roundTo(state.vol24h * state.mid, 0.01),
      openInterest: 1_000_000,
      open24h: state.open24h,
      indexPrice: _roundTo(state.mid * 0.9999, instrument.tickSize),
      last: state.last,
      lastTime: new Date(state.lastTime).toISOString(),
      lastSize: state.lastSize,
      suspended: false,
      ...(instrument.tag === 'perpetual'
        ? { fundingRate: state.fundingRate, fundingRatePrediction: state.fundingRate }
        : {}),
      postOnly: false,
      change24h: _roundTo(((state.last - state.open24h) / state.open24h) * 100, 0.0001),
    }
  }

  /** Records a trade (synthetic or a user's fill) and returns it. */
  trade(state: FuturesMarketState, side: 'buy' | 'sell', price: number, qty: number, time: number): FuturesTrade {
    const trade: FuturesTrade = {
      trade_id: ++this.#tradeId,
      uid: _uuid(this.next),
      product_id: state.instrument.symbol,
      side,
      price,
      qty,
      time,
      type: 'fill',
    }
    state.last = price
    state.lastSize = qty
    state.lastTime = time
    state.vol24h = _roundTo(state.vol24h + qty, 10 ** -state.instrument.sizePrecision)
    state.trades.push(trade)
    if (state.trades.length > 200) state.trades.shift()
    return trade
  }

  /** One market tick: every instrument's mid walks, the book follows, and sometimes a trade prints. */
  step(now: number): FuturesMarketEvent[] {
    const events: FuturesMarketEvent[] = []
    for (const state of this.markets.values()) {
      const tick = state.instrument.tickSize
      const move = Math.round((this.next() - 0.5) * 6) * tick
      state.mid = _roundTo(Math.max(tick * 10, state.mid + move), tick)
      this.#refill(state, events, now)
      if (this.next() < 0.3) {
        const side = this.next() < 0.5 ? 'buy' : 'sell'
        const price = side === 'buy' ? this.bestAsk(state) : this.bestBid(state)
        const qty = this.#qty(state)
        events.push({ kind: 'trade', trade: this.trade(state, side, price, qty, now) })
      }
      events.push({ kind: 'ticker', ticker: this.ticker(state) })
    }
    return events
  }

  #qty(state: FuturesMarketState): number {
    const precision = state.instrument.sizePrecision
    const unit = precision === 0 ? 1000 : 10
    return _roundTo(Math.max(10 ** -precision, this.next() * unit), 10 ** -precision)
  }

  /** Keeps DEPTH levels per side around the mid; emits a delta for every changed level. */
  #refill(state: FuturesMarketState, events: FuturesMarketEvent[], now = Date.now()): void {
    const tick = state.instrument.tickSize
    const emit = (side: 'buy' | 'sell', price: number, qty: number) => {
      state.seq += 1
      events.push({
        kind: 'book',
        product_id: state.instrument.symbol,
        side,
        price,
        qty,
        seq: state.seq,
        timestamp: now,
      })
    }
    const topBid = _roundTo(state.mid - tick, tick)
    const topAsk = _roundTo(state.mid + tick, tick)
    for (const [side, book] of [
      ['buy', state.bids],
      ['sell', state.asks],
    ] as const) {
      const top = side === 'buy' ? topBid : topAsk
      const far = side === 'buy' ? _roundTo(top - tick * (DEPTH - 1), tick) : _roundTo(top + tick * (DEPTH - 1), tick)
      for (const price of [...book.keys()]) {
        const outside = side === 'buy' ? price > top || price < far : price < top || price > far
        if (outside) {
          book.delete(price)
          emit(side, price, 0)
        }
      }
      for (let level = 0; level < DEPTH; level++) {
        const price = _roundTo(side === 'buy' ? top - tick * level : top + tick * level, tick)
        if (!book.has(price) || this.next() < 0.05) {
          const qty = this.#qty(state)
          book.set(price, qty)
          emit(side, price, qty)
        }
      }
    }
  }
}
