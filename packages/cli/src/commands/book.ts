import type { BookUpdateMessage, OrderBook } from '@k/orderbook'
import { _toWsSymbol } from '../internal/_toWsSymbol.js'
import { type BookView, renderBook } from '../output/renderBook.js'
import type { Command, CommandContext, CommandOutput } from '../types.js'

/** Arguments of {@link book}: the pair, depth, `--once`, `--count`. */
export type BookArgs = {
  pair: string
  depth?: number | undefined
  once?: boolean | undefined
  count?: number | undefined
}

const DEPTHS = [10, 25, 100, 500, 1000] as const

/**
 * `kraken book PAIR [--depth N] [--once] [--count N]`: the WS v2 order book kept by @k/orderbook's
 * SpotOrderBookClient, which verifies every checksum from the frames' exact text, resubscribes by itself on a
 * mismatch and rebuilds after reconnects. On a terminal it is a live view redrawn in place with the checksum state
 * (q or Ctrl-C quits); `--once` prints the first verified snapshot and exits (exit 5 if the book keeps failing its
 * checksum); with `-o json` or no terminal it prints one NDJSON line per message, `--count N` stops after N.
 * https://docs.kraken.com/api/docs/websocket-v2/book
 *
 * @example
 * kraken book BTC/USD --depth 10
 * kraken book XBTUSD --once -o json
 */
export const book: Command<BookArgs> = async (args, context) => {
  const depth = (args.depth ?? 10) as (typeof DEPTHS)[number]
  if (!DEPTHS.includes(depth)) {
    const { KrakenValidationError } = await import('@k/errors')
    throw new KrakenValidationError(`--depth must be one of ${DEPTHS.join(', ')}.`, { field: 'depth' })
  }
  const symbol = _toWsSymbol(args.pair)
  const live = !args.once && context.output === 'table' && Boolean(context.io.stdout.isTTY)
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
  const { SpotOrderBookClient } = await import('@k/orderbook')
  let finish: (result?: CommandOutput) => void = () => {}
  let fail: (error: unknown) => void = () => {}
  const done = new Promise<CommandOutput | undefined>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  let printed = 0
  const onMessage = (pair: string, message: BookUpdateMessage) => {
    const orderBook = client.get(pair)
    if ('error' in message || !orderBook) return
    show(view, orderBook, message.type)
    if (args.once) {
      if (orderBook.valid) finish(onceOutput(view))
      return
    }
    if (live) draw(context, view)
    else {
      context.io.stdout.write(`${JSON.stringify(jsonOf(view, message.type))}\n`)
      printed += 1
      if (args.count !== undefined && printed >= args.count) finish()
    }
  }
  const client = new SpotOrderBookClient({
    depth,
    url: context.urls.ws,
    pairs: [symbol],
    callback: onMessage,
    // --once gives up quickly (exit 5) instead of retrying for half a minute.
    ...(args.once ? { maxResyncs: 2, resyncDelay: 50 } : {}),
  })
  client.on('resync', (pair, reason) => {
    view.valid = false
    view.mismatches += 1
    context.log(`checksum mismatch for ${pair}, resubscribing (${reason})`)
    if (live) draw(context, view)
  })
  client.on('error', (error) => fail(error))
  const onAbort = () => finish()
  context.signal.addEventListener('abort', onAbort, { once: true })
  const stopKeys = live ? listenForQuit(context, () => finish()) : undefined
  if (live) context.io.stdout.write('\x1b[?1049h\x1b[?25l')
  try {
    context.log(`> WS ${context.urls.ws} subscribe book ${symbol} depth ${depth}`)
    await Promise.race([client.connect(), done])
    return await done
  } finally {
    context.signal.removeEventListener('abort', onAbort)
    stopKeys?.()
    await client.close()
    if (live) context.io.stdout.write('\x1b[?25h\x1b[?1049l')
  }
}

function show(view: BookView, orderBook: OrderBook, type: string) {
  view.valid = orderBook.valid
  view.checksum = orderBook.checksum()
  view.bids = orderBook.bids()
  view.asks = orderBook.asks()
  if (type === 'update') view.updates += 1
}

function draw(context: CommandContext, view: BookView) {
  const screen = renderBook(view, { color: true, rows: Math.min(view.depth, 25), footer: 'q or Ctrl-C to quit' })
  context.io.stdout.write(`\x1b[H\x1b[2J${screen}`)
}

function onceOutput(view: BookView): CommandOutput {
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
