import { type GetOrderBookReturnType, getOrderBook } from '@k/spot-rest'
import { _parse } from '../../internal/_parse.js'
import { _resolvePair } from '../../internal/_resolvePair.js'
import { CountSchema, PairSchema } from '../../internal/_schemas.js'
import type { _TraderContext } from '../../internal/_TraderContext.js'
import type { TraderCallOptions } from '../../types.js'

/**
 * Order book of a pair in REST shape (`Trader.getOrderbook`): the checksum-verified live book while the public WS
 * is up and `count` ≤ `bookDepth`, otherwise REST `Depth`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-order-book, https://docs.kraken.com/api/docs/websocket-v2/book
 * - Python: none (seed 004 `get_orderbook`)
 *
 * @example
 * const book = await getOrderbook(ctx, 'BTC/USD', 10)
 */
export async function getOrderbook(
  ctx: _TraderContext,
  pair = 'XBTUSD',
  count = 100,
  options: TraderCallOptions = {},
): Promise<GetOrderBookReturnType> {
  const pairName = _parse(PairSchema, pair, 'getOrderbook', 'pair')
  _parse(CountSchema, count, 'getOrderbook', 'count')
  const names = await _resolvePair(ctx, pairName)
  const live = ctx.publicUp && count <= (ctx.options.bookDepth ?? 100) ? ctx.live : undefined
  const cached = live ? await live.book(names.symbol).catch(() => undefined) : undefined
  if (cached) {
    // WS book levels carry no timestamp; the book's last update time stands in for REST's per-level one.
    const time = Math.floor(cached.time / 1000)
    const level = ([price, qty]: readonly [string, string]): [string, string, number] => [price, qty, time]
    return {
      [names.key]: { asks: cached.book.asks(count).map(level), bids: cached.book.bids(count).map(level) },
    }
  }
  return getOrderBook(ctx.rest, { pair: names.altname, count }, options)
}
