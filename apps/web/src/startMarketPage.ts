import { Market, type OrderBook, SpotOrderBookClient, SpotWsClient } from '@k/web-bundle'
import { type Candle, createCandleChart } from './createCandleChart.js'
import type { PagePair } from './PAIRS.js'
import { renderLadder } from './renderLadder.js'
import { type PageTrade, renderTrades } from './renderTrades.js'
import type { Endpoints } from './resolveEndpoints.js'

const DEPTH = 10
type Data = Record<string, unknown>

/** The running page: switch pair, or stop everything. */
export type MarketPage = { select(pair: PagePair): Promise<void>; close(): Promise<void> }

/**
 * Runs the live market page on the browser bundle's API: REST (`Market`) for candle and trade history, one
 * `SpotWsClient` for ticker, trades and 1-minute candles, and a `SpotOrderBookClient` sharing that connection for
 * the checksum-verified book. The DOM elements of `index.html` are filled in, with machine-readable state in
 * `data-*` attributes (`#book[data-checksum-state]`, `data-updates`, `#status[data-reconnects]`, …).
 *
 * @example
 * const page = await startMarketPage({ rest: 'https://api.kraken.com', ws: 'wss://ws.kraken.com/v2' }, PAIRS[0])
 */
export async function startMarketPage(endpoints: Endpoints, first: PagePair): Promise<MarketPage> {
  const $ = (id: string) => document.getElementById(id) as HTMLElement
  const status = $('status')
  const bookPanel = $('book')
  const chart = createCandleChart($('chart'))
  const market = new Market({ baseUrl: endpoints.rest })
  const ws = new SpotWsClient({ url: endpoints.ws })
  const books = new SpotOrderBookClient({ ws, depth: DEPTH })
  let pair = first
  let updates = 0
  let reconnects = 0

  const setStatus = (state: string, text: string) => {
    status.dataset.status = state
    status.textContent = text
  }
  const setChecksumState = (state: 'valid' | 'resyncing') => {
    bookPanel.dataset.checksumState = state
    $('book-state').textContent = state
  }

  books.on('update', (symbol: string, book: OrderBook) => {
    if (symbol !== pair.ws) return
    const asks = book.asks(DEPTH)
    const bids = book.bids(DEPTH)
    renderLadder($('asks'), $('bids'), asks, bids)
    updates++
    bookPanel.dataset.updates = String(updates)
    bookPanel.dataset.pair = symbol
    bookPanel.dataset.levels = String(asks.length + bids.length)
    $('book-updates').textContent = String(updates)
    $('book-checksum').textContent = String(book.checksum())
    $('spread').textContent = `spread ${book.spread() ?? '—'}`
    setChecksumState(book.valid ? 'valid' : 'resyncing')
  })
  books.on('resync', () => {
    bookPanel.dataset.resyncs = String(books.resyncs)
    setChecksumState('resyncing')
  })
  books.on('error', (error: Error) => setStatus('error', error.message))
  ws.on('message', (message: Data) => {
    const data = (message.data as Data[] | undefined) ?? []
    const mine = data.filter((entry) => entry.symbol === pair.ws)
    if (message.channel === 'ticker' && mine[0]) showTicker(mine[0])
    if (message.channel === 'trade' && mine.length > 0) renderTrades($('trades'), mine as unknown as PageTrade[])
    if (message.channel === 'ohlc') for (const candle of mine) chart.update(toCandle(candle))
  })
  ws.on('close', () => {
    setChecksumState('resyncing')
    setStatus('reconnecting', 'connection lost, reconnecting…')
  })
  ws.on('reconnected', () => {
    reconnects++
    status.dataset.reconnects = String(reconnects)
    setStatus('live', `live · reconnected ${reconnects}×`)
  })
  ws.on('error', (error: Error) => console.warn('[ws]', error.message))

  const showTicker = (ticker: Data) => {
    $('ticker').dataset.last = String(ticker.last)
    $('ticker-last').textContent = String(ticker.last)
    $('ticker-bid').textContent = `${ticker.bid} × ${ticker.bid_qty}`
    $('ticker-ask').textContent = `${ticker.ask} × ${ticker.ask_qty}`
    $('ticker-change').textContent = `${ticker.change} (${Number(ticker.change_pct).toFixed(2)} %)`
    $('ticker-range').textContent = `${ticker.high} / ${ticker.low}`
    $('ticker-volume').textContent = String(ticker.volume)
  }

  const channels = (symbol: string) => [
    { channel: 'ticker' as const, symbol: [symbol] },
    { channel: 'trade' as const, symbol: [symbol], snapshot: false },
    { channel: 'ohlc' as const, symbol: [symbol], interval: 1 as const },
  ]

  /** Loads the pair's history over REST, then subscribes its live channels and book. */
  const load = async (next: PagePair) => {
    pair = next
    updates = 0
    setChecksumState('resyncing')
    $('trades').replaceChildren()
    const [ohlc, trades] = await Promise.all([
      market.getOhlc({ pair: next.rest, interval: 1 }),
      market.getRecentTrades({ pair: next.rest }),
    ])
    chart.set((firstResult(ohlc) as unknown[][]).map(restCandle))
    // Without `since` the answer ends with the newest trades; `count` is not used because kraken-sim then answers
    // the oldest ones of its history.
    renderTrades($('trades'), (firstResult(trades) as unknown[][]).slice(-30).map(restTrade))
    await Promise.all([...channels(next.ws).map((params) => ws.subscribe(params)), books.addBook([next.ws])])
  }

  setStatus('connecting', 'connecting…')
  await ws.connect()
  setStatus('live', 'live')
  await load(first)
  return {
    async select(next) {
      if (next.ws === pair.ws) return
      const previous = pair
      await Promise.all([
        ...channels(previous.ws).map((params) => ws.unsubscribe(params)),
        books.removeBook([previous.ws]),
      ])
      await load(next)
    },
    async close() {
      await books.close()
      await ws.close()
    },
  }
}

/** Kraken REST results carry the pair under its own key plus `last`; the page asks for one pair. */
function firstResult(result: Record<string, unknown>): unknown {
  const key = Object.keys(result).find((name) => name !== 'last')
  return key === undefined ? [] : result[key]
}

/** REST OHLC row `[time, open, high, low, close, vwap, volume, count]`. */
function restCandle(row: unknown[]): Candle {
  return {
    time: Number(row[0]),
    open: Number(row[1]),
    high: Number(row[2]),
    low: Number(row[3]),
    close: Number(row[4]),
  }
}

/** REST Trades row `[price, volume, time, 'b'|'s', …]`. */
function restTrade(row: unknown[]): PageTrade {
  return {
    price: String(row[0]),
    qty: String(row[1]),
    side: row[3] === 'b' ? 'buy' : 'sell',
    timestamp: new Date(Number(row[2]) * 1000).toISOString(),
  }
}

/** WS v2 `ohlc` entry → candle (`interval_begin` is RFC 3339). */
function toCandle(entry: Data): Candle {
  return {
    time: Math.floor(Date.parse(String(entry.interval_begin)) / 1000),
    open: Number(entry.open),
    high: Number(entry.high),
    low: Number(entry.low),
    close: Number(entry.close),
  }
}
