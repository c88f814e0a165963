import { type Command as CommanderCommand, Option } from 'commander'
import type { CommandAction } from './_commandAction.js'
import { positiveInteger } from './_optionParsers.js'

/** Registers the market-data commands: `ticker`, `book`, `ohlc`, `trades`, `stream`, `status`. */
export function _registerMarketCommands(program: CommanderCommand, action: CommandAction): void {
  program
    .command('ticker')
    .description('last price, best bid/ask and 24 h figures (GET /0/public/Ticker)')
    .argument('<pairs...>', 'pairs, e.g. XBTUSD ETHUSD')
    .action(
      action(
        async () => (await import('../commands/ticker.js')).ticker,
        ([pairs]) => ({ pairs }),
      ),
    )

  program
    .command('book')
    .description('live order book (WS v2) with checksum state; --once prints one verified snapshot')
    .argument('<pair>', 'pair, e.g. BTC/USD or XBTUSD')
    .addOption(new Option('--depth <n>', 'book depth: 10, 25, 100, 500 or 1000').argParser(positiveInteger))
    .option('--once', 'print the first verified snapshot and exit')
    .addOption(new Option('--count <n>', 'NDJSON mode: stop after N books').argParser(positiveInteger))
    .action(
      action(
        async () => (await import('../commands/book.js')).book,
        ([pair], o) => ({ pair, ...o }),
      ),
    )

  program
    .command('ohlc')
    .description('candles with a terminal candle chart (GET /0/public/OHLC)')
    .argument('<pair>', 'pair, e.g. XBTUSD')
    .addOption(
      new Option('--interval <minutes>', '1, 5, 15, 30, 60, 240, 1440, 10080 or 21600').argParser(positiveInteger),
    )
    .addOption(new Option('--limit <n>', 'rows in the table (default 20)').argParser(positiveInteger))
    .option('--no-chart', 'table only')
    .action(
      action(
        async () => (await import('../commands/ohlc.js')).ohlc,
        ([pair], o) => ({ pair, ...o }),
      ),
    )

  program
    .command('trades')
    .description('recent public trades (GET /0/public/Trades)')
    .argument('<pair>', 'pair, e.g. XBTUSD')
    .addOption(new Option('--count <n>', 'number of trades').argParser(positiveInteger))
    .action(
      action(
        async () => (await import('../commands/trades.js')).trades,
        ([pair], o) => ({ pair, ...o }),
      ),
    )

  program
    .command('status')
    .description('system status and server time')
    .action(
      action(
        async () => (await import('../commands/status.js')).status,
        () => ({}),
      ),
    )

  program
    .command('stream')
    .description('NDJSON of a WS v2 channel: ticker, book, trade, ohlc, instrument, executions, balances')
    .argument('<channel>', 'channel name')
    .argument('[pairs...]', 'pairs, e.g. BTC/USD')
    .addOption(new Option('--count <n>', 'stop after N channel messages').argParser(positiveInteger))
    .addOption(new Option('--depth <n>', 'book depth (book channel)').argParser(positiveInteger))
    .action(
      action(
        async () => (await import('../commands/stream.js')).stream,
        ([channel, pairs], o) => ({ channel, pairs, ...o }),
      ),
    )
}
