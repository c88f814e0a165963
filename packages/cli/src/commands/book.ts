import { KrakenError } from '@k/errors'
import { OrderBook, parseBookFrame } from '@k/orderbook'
import { _toWsSymbol } from '../internal/_toWsSymbol.js'
import { _wsSession } from '../internal/_wsSession.js'
import { type BookView, renderBook } from '../output/renderBook.js'
import type { Command, CommandContext, CommandOutput } from '../types.js'

/** Arguments of {@link book}: the pair, depth, `--once`, `--count`. */
export type BookArgs = {
  pair: string
  depth?: number | undefined
  once?: boolean | undefined
  count?: number | undefined
}

const DEPTHS = [10, 25, 100, 500, 1000]

/**
 * `kraken book PAIR [--depth N] [--once] [--count N]`: the WS v2 order book (@k/orderbook's OrderBook) with every
 * checksum verified. On a terminal it is a live view redrawn in place (q or Ctrl-C quits); `--once` prints the first
 * verified snapshot and exits (exit 5 on a checksum mismatch); with `-o json` or no terminal it prints one NDJSON line
 * per message, `--count N` stops after N.
 * https://docs.kraken.com/api/docs/websocket-v2/book
 *
 * @example
 * kraken book BTC/USD --depth 10
 * kraken book XBTUSD --once -o json
 */
export const book: Command<BookArgs> = async (args, context) => {
  const depth = args.depth ?? 10
  if (!DEPTHS.includes(depth)) {
    const { KrakenValidationError } = await import('@k/errors')
    throw new KrakenValidationError(`--depth must be one of ${DEPTHS.join(', ')}.`, { field: 'depth' })
  }
  const symbol = _toWsSymbol(args.pair)
  const live = !args.once && context.output === 'table' && Boolean(context.io.stdout.isTTY)
  const session = await _wsSession(context, context.urls.ws)
  const subscribe = (method: 'subscribe' | 'unsubscribe') =>
    session.send({ method, params: { channel: 'book', symbol: [symbol], depth } })
  subscribe('subscribe')
  const orderBook = new OrderBook({ depth, symbol })
  const view: BookView = {
    symbol,
    depth,
    bids: [],
    asks: [],
    valid: false,
    checksum: undefined,
    updates: 0,
    mismatches: 0,
  }
  const stopKeys = live ? listenForQuit(context, () => session.close()) : undefined
  if (live) context.io.stdout.write('\x1b[?1049h\x1b[?25l')
  let printed = 0
  try {
    for await (const frame of session.frames()) {
      if (frame.json.method === 'subscribe' && frame.json.success === false) {
        throw new KrakenError(`Kraken refused the book subscription: ${String(frame.json.error)}.`, {
          code: String(frame.json.error ?? 'EGeneral:Unknown error'),
          category: 'exchange',
          retryable: false,
          details: { endpoint: 'ws subscribe book', body: frame.json },
        })
      }
      const message = parseBookFrame(frame.text)
      if (!message) continue
      view.valid = orderBook.apply(message)
      view.checksum = message.data[0]?.checksum ?? view.checksum
      view.bids = orderBook.bids()
      view.asks = orderBook.asks()
      if (message.type === 'update') view.updates += 1
      if (args.once) return onceOutput(view)
      if (!view.valid) {
        // Kraken's recovery: drop the book and subscribe again; the next snapshot replaces everything.
        view.mismatches += 1
        context.log(`checksum mismatch for ${symbol}, resubscribing`)
        subscribe('unsubscribe')
        subscribe('subscribe')
      }
      if (live) {
        const footer = 'q or Ctrl-C to quit'
        context.io.stdout.write(`\x1b[H\x1b[2J${renderBook(view, { color: true, rows: Math.min(depth, 25), footer })}`)
      } else {
        context.io.stdout.write(`${JSON.stringify(jsonOf(view, message.type))}\n`)
        printed += 1
        if (args.count !== undefined && printed >= args.count) break
      }
    }
    return undefined
  } finally {
    stopKeys?.()
    session.close()
    if (live) context.io.stdout.write('\x1b[?25h\x1b[?1049l')
  }
}

function onceOutput(view: BookView): CommandOutput {
  if (!view.valid) {
    throw new KrakenError(`The ${view.symbol} book snapshot failed its checksum.`, {
      code: 'EProtocol:Checksum mismatch',
      category: 'protocol',
      retryable: true,
      details: { endpoint: 'ws book', body: { checksum: view.checksum } },
    })
  }
  const rows = Array.from({ length: Math.max(view.bids.length, view.asks.length) }, (_, index) => ({
    bidQty: view.bids[index]?.[1],
    bid: view.bids[index]?.[0],
    ask: view.asks[index]?.[0],
    askQty: view.asks[index]?.[1],
  }))
  return {
    data: jsonOf(view, 'snapshot'),
    rows,
    columns: [
      { key: 'bidQty', title: 'BID QTY' },
      { key: 'bid', title: 'BID' },
      { key: 'ask', title: 'ASK' },
      { key: 'askQty', title: 'ASK QTY' },
    ],
    text: `${view.symbol} checksum OK ${view.checksum}`,
  }
}

function jsonOf(view: BookView, type: string) {
  return { symbol: view.symbol, type, bids: view.bids, asks: view.asks, checksum: view.checksum, valid: view.valid }
}

/** Raw keyboard mode so `q` and Ctrl-C arrive as keys; returns the function that restores the terminal. */
function listenForQuit(context: CommandContext, quit: () => void): () => void {
  const { stdin } = context.io
  if (!stdin.isTTY || !stdin.setRawMode) return () => {}
  stdin.setRawMode(true)
  stdin.resume()
  const onData = (chunk: Buffer | string) => {
    const key = String(chunk)
    if (key === 'q' || key === 'Q' || key === '\u0003' || key === '\u001b') quit()
  }
  stdin.on('data', onData)
  return () => {
    stdin.off('data', onData)
    stdin.setRawMode?.(false)
    stdin.pause()
  }
}
