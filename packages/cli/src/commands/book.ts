import { KrakenError } from '@k/errors'
import { _applyBook, _createBookState, _parseBookFrame, type BookState } from '../internal/_bookState.js'
import { _toWsSymbol } from '../internal/_toWsSymbol.js'
import { _wsSession } from '../internal/_wsSession.js'
import { renderBook } from '../output/renderBook.js'
import type { Command, CommandContext } from '../types.js'

export type BookArgs = {
  pair: string
  depth?: number | undefined
  once?: boolean | undefined
  count?: number | undefined
}

const DEPTHS = [10, 25, 100, 500, 1000]

/**
 * `kraken book PAIR [--depth N] [--once] [--count N]`: the WS v2 order book with every checksum verified. On a terminal
 * it is a live view redrawn in place (q or Ctrl-C quits); `--once` prints the first verified snapshot and exits (exit 5
 * on a checksum mismatch); with `-o json` or no terminal it prints one NDJSON line per update.
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
  const state = _createBookState(symbol, depth)
  const stopKeys = live ? listenForQuit(context, () => session.close()) : undefined
  if (live) context.io.stdout.write('\x1b[?1049h\x1b[?25l')
  let printed = 0
  try {
    for await (const frame of session.frames()) {
      const message = _parseBookFrame(frame.text)
      if (message.method === 'subscribe' && message.success === false) {
        throw new KrakenError(`Kraken refused the book subscription: ${String(message.error)}.`, {
          code: String(message.error ?? 'EGeneral:Unknown error'),
          category: 'exchange',
          retryable: false,
          details: { endpoint: 'ws subscribe book', body: message },
        })
      }
      if (message.channel !== 'book') continue
      const data = (message.data as Array<Parameters<typeof _applyBook>[1]>)[0] ?? {}
      _applyBook(state, data, message.type === 'snapshot')
      if (args.once) return onceOutput(state)
      if (!state.valid) {
        // Kraken's recovery: drop the book and subscribe again; the next snapshot replaces everything.
        context.log(`checksum mismatch for ${symbol}, resubscribing`)
        subscribe('unsubscribe')
        subscribe('subscribe')
      }
      if (live) {
        const footer = 'q or Ctrl-C to quit'
        context.io.stdout.write(`\x1b[H\x1b[2J${renderBook(state, { color: true, rows: Math.min(depth, 25), footer })}`)
      } else {
        context.io.stdout.write(`${JSON.stringify(snapshotOf(state, String(message.type)))}\n`)
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

function onceOutput(state: BookState) {
  if (!state.valid) {
    throw new KrakenError(`The ${state.symbol} book snapshot failed its checksum.`, {
      code: 'EProtocol:Checksum mismatch',
      category: 'protocol',
      retryable: true,
      details: { endpoint: 'ws book', body: { checksum: state.checksum } },
    })
  }
  const rows = Array.from({ length: Math.max(state.bids.length, state.asks.length) }, (_, index) => ({
    bidQty: state.bids[index]?.qty,
    bid: state.bids[index]?.price,
    ask: state.asks[index]?.price,
    askQty: state.asks[index]?.qty,
  }))
  return {
    data: snapshotOf(state, 'snapshot'),
    rows,
    columns: [
      { key: 'bidQty', title: 'BID QTY' },
      { key: 'bid', title: 'BID' },
      { key: 'ask', title: 'ASK' },
      { key: 'askQty', title: 'ASK QTY' },
    ],
    text: `${state.symbol} checksum OK ${state.checksum}`,
  }
}

function snapshotOf(state: BookState, type: string) {
  return {
    symbol: state.symbol,
    type,
    bids: state.bids.map((level) => [level.price, level.qty]),
    asks: state.asks.map((level) => [level.price, level.qty]),
    checksum: state.checksum,
    valid: state.valid,
  }
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
