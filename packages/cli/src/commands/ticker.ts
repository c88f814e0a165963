import { _spotClient } from '../internal/_spotClient.js'
import type { Command } from '../types.js'

type TickerEntry = {
  a?: string[]
  b?: string[]
  c?: string[]
  v?: string[]
  p?: string[]
  t?: number[]
  l?: string[]
  h?: string[]
  o?: string
}

/**
 * `kraken ticker PAIR…`: last trade, best bid/ask and 24 h figures (`GET /0/public/Ticker`, python `Market.get_ticker`).
 * https://docs.kraken.com/api/docs/rest-api/get-ticker-information
 *
 * @example
 * kraken ticker XBTUSD ETHUSD
 */
export const ticker: Command<{ pairs: string[] }> = async (args, context) => {
  const { getTicker } = await import('@k/spot-rest')
  const client = await _spotClient(context)
  const result: Record<string, TickerEntry> = await getTicker(client, { pair: args.pairs }, { signal: context.signal })
  const rows = Object.entries(result).map(([pair, entry]) => ({
    pair,
    last: entry.c?.[0],
    bid: entry.b?.[0],
    ask: entry.a?.[0],
    high24h: entry.h?.[1],
    low24h: entry.l?.[1],
    volume24h: entry.v?.[1],
    vwap24h: entry.p?.[1],
    trades24h: entry.t?.[1],
  }))
  return {
    data: result,
    rows,
    columns: [
      { key: 'pair', title: 'PAIR' },
      { key: 'last', title: 'LAST' },
      { key: 'bid', title: 'BID' },
      { key: 'ask', title: 'ASK' },
      { key: 'high24h', title: 'HIGH 24H' },
      { key: 'low24h', title: 'LOW 24H' },
      { key: 'volume24h', title: 'VOLUME 24H' },
      { key: 'vwap24h', title: 'VWAP 24H' },
      { key: 'trades24h', title: 'TRADES' },
    ],
  }
}
