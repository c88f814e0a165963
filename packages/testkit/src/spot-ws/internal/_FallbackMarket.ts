import { SIM_PAIRS } from '../../spot-market/pairs.js'
import type { SimState } from '../../state/SimState.js'
import type { SimLevel } from './_bookChecksum.js'
import type { WsCandleData, WsMarket, WsMarketChange, WsPair, WsTickerData, WsTradeData } from './_WsMarket.js'
import { _wsTime } from './_wsTime.js'

type Book = { bids: Map<number, number>; asks: Map<number, number> }
type PairState = { pair: WsPair; mid: number; book: Book; trades: WsTradeData[]; open: number; tradeId: number }

// price and qty are kept as integers (ticks of 10^-precision) so formatting never goes through a float's digits.
const PAIRS: ReadonlyArray<WsPair & { mid: number }> = SIM_PAIRS.map((pair) => ({
  symbol: pair.wsname,
  base: pair.wsBase,
  quote: pair.wsQuote,
  pricePrecision: pair.pair_decimals,
  qtyPrecision: pair.lot_decimals,
  qtyMin: pair.ordermin,
  costMin: pair.costmin,
  mid: Math.round(pair.startPrice * 10 ** pair.pair_decimals),
}))

function formatTicks(value: number, precision: number): string {
  const text = String(Math.abs(Math.trunc(value))).padStart(precision + 1, '0')
  const sign = value < 0 ? '-' : ''
  return precision === 0 ? sign + text : `${sign}${text.slice(0, -precision)}.${text.slice(-precision)}`
}

/**
 * A small deterministic random-walk market for the WS endpoints, used when no richer `spot-market` domain is wired
 * in. Books are integer ticks; every tick changes a few levels near the top and sometimes prints trades.
 */
export function _createFallbackMarket(state: SimState): WsMarket {
  let seed = state.seed >>> 0 || 1
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pairs = new Map<string, PairState>()
  for (const { mid, ...pair } of PAIRS) {
    const book: Book = { bids: new Map(), asks: new Map() }
    const lot = 10 ** pair.qtyPrecision
    for (let offset = 1; offset <= 1200; offset++) {
      book.bids.set(mid - offset, Math.floor((0.01 + random() * 3) * lot))
      book.asks.set(mid + offset, Math.floor((0.01 + random() * 3) * lot))
    }
    pairs.set(pair.symbol, { pair, mid, book, trades: [], open: mid, tradeId: 1 })
  }
  const listeners = new Set<(change: WsMarketChange) => void>()
  let timer: ReturnType<typeof setInterval> | undefined

  const sorted = (side: Map<number, number>, descending: boolean, depth: number, pair: WsPair): SimLevel[] => {
    const prices = [...side.keys()].sort((a, b) => (descending ? b - a : a - b)).slice(0, depth)
    return prices.map((price) => ({
      price: formatTicks(price, pair.pricePrecision),
      qty: formatTicks(side.get(price)!, pair.qtyPrecision),
    }))
  }

  const step = () => {
    for (const entry of pairs.values()) {
      const { book, pair } = entry
      const lot = 10 ** pair.qtyPrecision
      const trades: WsTradeData[] = []
      if (random() < 0.3) {
        const side = random() < 0.5 ? 'buy' : 'sell'
        const best = side === 'buy' ? Math.min(...book.asks.keys()) : Math.max(...book.bids.keys())
        const qty = Math.max(1, Math.floor(random() * 0.2 * lot))
        trades.push({
          side,
          price: formatTicks(best, pair.pricePrecision),
          qty: formatTicks(qty, pair.qtyPrecision),
          ord_type: random() < 0.8 ? 'market' : 'limit',
          trade_id: entry.tradeId++,
          timestamp: _wsTime(),
        })
        entry.trades.push(...trades)
        if (entry.trades.length > 200) entry.trades.splice(0, entry.trades.length - 200)
      }
      const changes = 1 + Math.floor(random() * 3)
      for (let index = 0; index < changes; index++) {
        const isBid = random() < 0.5
        const offset = 1 + Math.floor(random() * 25)
        const price = isBid ? entry.mid - offset : entry.mid + offset
        const side = isBid ? book.bids : book.asks
        if (random() < 0.3 && side.size > 30) side.delete(price)
        else side.set(price, Math.max(1, Math.floor((0.001 + random() * 3) * lot)))
      }
      for (const listener of listeners) listener({ symbol: pair.symbol, book: true, trades })
    }
  }

  const market: WsMarket = {
    pairs: () => [...pairs.values()].map((entry) => entry.pair),
    findPair: (symbol) => pairs.get(symbol)?.pair,
    book(symbol, depth) {
      const entry = pairs.get(symbol)!
      return {
        bids: sorted(entry.book.bids, true, depth, entry.pair),
        asks: sorted(entry.book.asks, false, depth, entry.pair),
      }
    },
    ticker(symbol): WsTickerData {
      const entry = pairs.get(symbol)!
      const { bids, asks } = market.book(symbol, 1)
      const { pricePrecision: p } = entry.pair
      const last = entry.trades.at(-1)?.price ?? asks[0]!.price
      const volume = entry.trades.reduce((sum, trade) => sum + Number(trade.qty), 0)
      return {
        bid: bids[0]!.price,
        bid_qty: bids[0]!.qty,
        ask: asks[0]!.price,
        ask_qty: asks[0]!.qty,
        last,
        volume: volume.toFixed(entry.pair.qtyPrecision),
        vwap: formatTicks(entry.mid, p),
        low: formatTicks(Math.min(entry.open, entry.mid) - 10, p),
        high: formatTicks(Math.max(entry.open, entry.mid) + 10, p),
        change: formatTicks(entry.mid - entry.open, p),
        change_pct: '0.00',
      }
    },
    trades: (symbol, count) => pairs.get(symbol)!.trades.slice(-count),
    ohlc(symbol, interval, count) {
      const entry = pairs.get(symbol)!
      const { pricePrecision: p } = entry.pair
      const now = Date.now()
      const period = interval * 60_000
      const candles: WsCandleData[] = []
      for (let index = count - 1; index >= 0; index--) {
        const begin = Math.floor(now / period) * period - index * period
        const open = entry.mid - index * 3
        candles.push({
          open: formatTicks(open, p),
          high: formatTicks(open + 7, p),
          low: formatTicks(open - 5, p),
          close: formatTicks(open + 2, p),
          trades: 10 + index,
          volume: formatTicks(123_456_789 + index, entry.pair.qtyPrecision),
          vwap: formatTicks(open + 1, p),
          interval_begin: `${new Date(begin).toISOString().slice(0, -1)}000000Z`,
        })
      }
      return candles
    },
    onChange(listener) {
      listeners.add(listener)
      if (!timer) {
        timer = setInterval(step, state.tickMs)
        timer.unref?.()
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && timer) {
          clearInterval(timer)
          timer = undefined
        }
      }
    },
  }
  state.closers.push(() => {
    if (timer) clearInterval(timer)
    timer = undefined
  })
  return market
}
