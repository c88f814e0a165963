import type { SimLevel } from './_bookChecksum.js'
import { _bookChecksum, _bookFrame } from './_bookFrame.js'
import type { SimRequestContext, SpotWsSession } from './_SpotWsSession.js'

const MAX_COUNT = 5_000_000

function formatUnits(units: number, decimals: number): string {
  const text = String(units).padStart(decimals + 1, '0')
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`
}

/**
 * Simulator-only method `sim_firehose` `{ symbol, count, depth? }`: a `book` snapshot, then `count` book updates as
 * fast as the socket drains (each changes one level's qty and carries the correct checksum), then an ack. For
 * benchmarks of the consumer side; never sent by Kraken.
 */
export async function _handleFirehose(
  session: SpotWsSession,
  context: SimRequestContext,
  rawParams: unknown,
): Promise<void> {
  const params = (rawParams ?? {}) as Record<string, unknown>
  const symbol = String(params.symbol ?? 'BTC/USD')
  const count = Number(params.count ?? 100_000)
  const depth = Number(params.depth ?? 10)
  const pair = session.hub.market.findPair(symbol)
  if (!pair || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    session.failure(context, 'EGeneral:Invalid arguments')
    return
  }
  const book = session.hub.market.book(symbol, depth)
  const bids: SimLevel[] = book.bids.map((level) => ({ ...level }))
  const asks: SimLevel[] = book.asks.map((level) => ({ ...level }))
  const checksum = () => {
    const sum = _bookChecksum(bids, asks)
    return session.nextBookIsCorrupt() ? (sum + 1) >>> 0 : sum
  }
  session.send(_bookFrame('snapshot', symbol, bids, asks, checksum()))
  let seed = 12345
  const socket = session.socket
  // The underlying TCP socket: corking it makes one write per batch of frames instead of one syscall per frame.
  const tcp = (socket as unknown as { _socket?: { cork(): void; uncork(): void } })._socket
  for (let sent = 0; sent < count && !session.closed; sent++) {
    if ((sent & 255) === 0) tcp?.cork()
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    const side = seed & 1 ? bids : asks
    const index = (seed >>> 1) % side.length
    const units = 1 + ((seed >>> 8) % 300_000_000)
    const level = { price: side[index]!.price, qty: formatUnits(units, pair.qtyPrecision) }
    side[index] = level
    const changed = [level]
    const frame =
      side === bids
        ? _bookFrame('update', symbol, changed, [], checksum())
        : _bookFrame('update', symbol, [], changed, checksum())
    session.send(frame)
    if ((sent & 255) === 255 || sent === count - 1) {
      tcp?.uncork()
      // Back-pressure: let the socket drain (and a consumer in the same process run) instead of buffering millions
      // of frames in memory.
      if (socket.bufferedAmount > 1024 * 1024) {
        while (socket.bufferedAmount > 256 * 1024 && !session.closed)
          await new Promise((resolve) => setTimeout(resolve, 1))
      } else if ((sent & 4095) === 4095) await new Promise((resolve) => setImmediate(resolve))
    }
  }
  session.success(context, { count })
}
