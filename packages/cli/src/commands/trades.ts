import { _spotClient } from '../internal/_spotClient.js'
import type { Command } from '../types.js'

/**
 * `kraken trades PAIR [--count N]`: recent public trades (`GET /0/public/Trades`, python `Market.get_recent_trades`).
 * https://docs.kraken.com/api/docs/rest-api/get-recent-trades
 *
 * @example
 * kraken trades XBTUSD --count 20
 */
export const trades: Command<{ pair: string; count?: number | undefined }> = async (args, context) => {
  const { getRecentTrades } = await import('@k/spot-rest')
  const client = await _spotClient(context)
  const parameters = args.count === undefined ? { pair: args.pair } : { pair: args.pair, count: args.count }
  const result = (await getRecentTrades(client, parameters, { signal: context.signal })) as Record<string, unknown>
  // Quirk: the result has one key per pair (Kraken's own spelling, e.g. XXBTZUSD) plus `last`.
  const [pair, list] = Object.entries(result).find(([key]) => key !== 'last') ?? [args.pair, []]
  const rows = (list as unknown[][]).map((trade) => ({
    time: new Date(Number(trade[2]) * 1000).toISOString(),
    side: trade[3] === 'b' ? 'buy' : 'sell',
    price: trade[0],
    volume: trade[1],
    type: trade[4] === 'l' ? 'limit' : 'market',
    id: trade[6],
  }))
  return {
    data: result,
    rows,
    columns: [
      { key: 'time', title: `TIME (${pair})` },
      { key: 'side', title: 'SIDE' },
      { key: 'price', title: 'PRICE' },
      { key: 'volume', title: 'VOLUME' },
      { key: 'type', title: 'TYPE' },
      { key: 'id', title: 'ID' },
    ],
  }
}
