import { _spotClient } from '../internal/_spotClient.js'
import { renderChart } from '../output/renderChart.js'
import type { Command } from '../types.js'

/** Arguments of {@link ohlc}: pair, `--interval` (minutes), `--limit` (table rows), `--no-chart`. */
export type OhlcArgs = {
  pair: string
  interval?: number | undefined
  limit?: number | undefined
  chart?: boolean | undefined
}

/**
 * `kraken ohlc PAIR [--interval MIN] [--limit N]`: candles (`GET /0/public/OHLC`, python `Market.get_ohlc`) as a table
 * of the last N plus a terminal candle chart and sparkline of all returned candles (table mode; `--no-chart` hides it).
 * https://docs.kraken.com/api/docs/rest-api/get-ohlc-data
 *
 * @example
 * kraken ohlc XBTUSD --interval 60 --limit 10
 */
export const ohlc: Command<OhlcArgs> = async (args, context) => {
  const { getOhlc } = await import('@k/spot-rest')
  const client = await _spotClient(context)
  const parameters = args.interval === undefined ? { pair: args.pair } : { pair: args.pair, interval: args.interval }
  const result = (await getOhlc(client, parameters as never, { signal: context.signal })) as Record<string, unknown>
  // Quirk: one key per pair in Kraken's spelling, plus `last`; each candle is [time, o, h, l, c, vwap, volume, count].
  const [, list] = Object.entries(result).find(([key]) => key !== 'last') ?? [args.pair, []]
  const candles = list as Array<[number, string, string, string, string, string, string, number]>
  const rows = candles.slice(-(args.limit ?? 20)).map((candle) => ({
    time: new Date(candle[0] * 1000).toISOString(),
    open: candle[1],
    high: candle[2],
    low: candle[3],
    close: candle[4],
    vwap: candle[5],
    volume: candle[6],
    trades: candle[7],
  }))
  const width = (context.io.stdout as { columns?: number }).columns ?? 80
  const chart =
    args.chart === false
      ? undefined
      : renderChart(
          candles.map((candle) => ({ open: +candle[1], high: +candle[2], low: +candle[3], close: +candle[4] })),
          { width, height: 12, color: Boolean(context.io.stdout.isTTY) },
        )
  return {
    data: result,
    rows,
    columns: ['time', 'open', 'high', 'low', 'close', 'vwap', 'volume', 'trades'].map((key) => ({
      key,
      title: key.toUpperCase(),
    })),
    ...(chart ? { text: chart } : {}),
  }
}
