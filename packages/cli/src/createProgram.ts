import { type Command as CommanderCommand, InvalidArgumentError, Option, program as rootProgram } from 'commander'
import { _buildContext, type GlobalOptions } from './internal/_buildContext.js'
import { _helpText } from './internal/_helpText.js'
import type { Redactor } from './internal/_redact.js'
import { renderOutput } from './output/renderOutput.js'
import type { CliIo, Command, OutputFormat } from './types.js'
import { VERSION } from './version.js'

/** Mutable run state shared by `runCli` and the actions. */
export type ProgramState = { format: OutputFormat; exitCode: number; verbose?: boolean }

export type ProgramDeps = {
  io: CliIo
  write: { out(text: string): void; err(text: string): void }
  redactor: Redactor
  state: ProgramState
  signal: AbortSignal
}

type Loader = () => Promise<Command<never>>

/**
 * Builds the `kraken` commander program. Command modules (and with them the SDK packages) are imported only inside
 * the action that needs them, so `kraken --version` and `kraken --help` load nothing but commander.
 */
export function createProgram(deps: ProgramDeps): CommanderCommand {
  const program = rootProgram.createCommand('kraken')
  program
    .description('Command-line tool for the Kraken Spot and Futures APIs: raw signed requests and friendly commands.')
    .version(VERSION, '--version', 'print the version')
    .addOption(
      new Option('-o, --output <format>', 'output format (default: table on a terminal, else json)').choices([
        'json',
        'table',
      ]),
    )
    .option('--json', 'same as -o json')
    .option('-v, --verbose', 'diagnostics on stderr (never credentials)')
    .option('--sim', 'run against an embedded kraken-sim with its demo account')
    .option('--api-key <key>', 'Kraken API key (prefer KRAKEN_SPOT_API_KEY / KRAKEN_FUTURES_API_KEY)')
    .option('--secret-key <secret>', 'Kraken API secret (prints a warning: prefer the environment or --secret-stdin)')
    .option('--secret-stdin', 'read the API secret from the first line of stdin')
    .addOption(new Option('--timeout <seconds>', 'request timeout in seconds').argParser(positiveNumber).default(10))
    .addHelpText('after', _helpText)
    .showSuggestionAfterError()
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ writeOut: deps.write.out, writeErr: deps.write.err })

  const action =
    (load: Loader, toArgs: (positional: unknown[], options: Record<string, unknown>) => unknown) =>
    async (...received: unknown[]) => {
      const command = received.at(-1) as CommanderCommand
      const globals = command.optsWithGlobals() as GlobalOptions
      const { context, close } = await _buildContext(globals, deps)
      try {
        const run = (await load()) as Command<unknown>
        const output = await run(toArgs(received.slice(0, -2), command.opts()), context)
        if (output) deps.write.out(renderOutput(output, context.output))
      } finally {
        await close()
      }
    }

  program
    .command('spot')
    .description('raw Spot REST request (python-kraken-sdk compatible); /0/private/* is signed')
    .addOption(methodOption())
    .option('-d, --data <json>', 'parameters as a JSON object')
    .argument('<url>', 'full URL or path, e.g. https://api.kraken.com/0/public/Time or /0/private/Balance')
    .action(
      action(
        async () => (await import('./commands/spot.js')).spot,
        ([url], o) => ({ url, method: o.X, data: o.data }),
      ),
    )

  program
    .command('futures')
    .description('raw Futures REST request (python-kraken-sdk compatible); /derivatives/* is signed')
    .addOption(methodOption())
    .option('-d, --data <json>', 'POST parameters as a JSON object')
    .option('-q, --query <json>', 'query parameters as a JSON object')
    .argument('<url>', 'full URL or path, e.g. /derivatives/api/v3/openpositions')
    .action(
      action(
        async () => (await import('./commands/futures.js')).futures,
        ([url], o) => ({ url, method: o.X, data: o.data, query: o.query }),
      ),
    )

  program
    .command('ticker')
    .description('last price, best bid/ask and 24 h figures (GET /0/public/Ticker)')
    .argument('<pairs...>', 'pairs, e.g. XBTUSD ETHUSD')
    .action(
      action(
        async () => (await import('./commands/ticker.js')).ticker,
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
        async () => (await import('./commands/book.js')).book,
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
        async () => (await import('./commands/ohlc.js')).ohlc,
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
        async () => (await import('./commands/trades.js')).trades,
        ([pair], o) => ({ pair, ...o }),
      ),
    )

  program
    .command('balance')
    .description('account balances (POST /0/private/Balance)')
    .action(
      action(
        async () => (await import('./commands/balance.js')).balance,
        () => ({}),
      ),
    )

  program
    .command('orders')
    .description('open orders, or closed ones with --closed')
    .option('--closed', 'closed orders instead of open ones')
    .action(
      action(
        async () => (await import('./commands/orders.js')).orders,
        (_, o) => o,
      ),
    )

  const order = program
    .command('order')
    .description('place, amend and cancel Spot orders (asks for confirmation unless --yes)')
  order
    .command('add')
    .description('place an order (POST /0/private/AddOrder)')
    .argument('<side>', 'buy or sell')
    .argument('<pair>', 'pair, e.g. XBTUSD')
    .argument('<volume>', 'order volume in the base asset')
    .option('--type <ordertype>', 'market, limit, stop-loss, … (default: limit with --price, else market)')
    .option('--price <price>', 'limit or trigger price')
    .option('--price2 <price>', 'secondary price (stop-loss-limit, take-profit-limit)')
    .option('--cl-ord-id <id>', 'your client order id')
    .option('--validate', 'dry run: Kraken checks the order but does not place it (no confirmation)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('./commands/order.js')).order.add,
        ([side, pair, volume], o) => ({ side, pair, volume, ...o }),
      ),
    )
  order
    .command('amend')
    .description('change the volume or price of an open order (POST /0/private/AmendOrder)')
    .argument('<txid>', 'order id')
    .option('--volume <volume>', 'new order quantity')
    .option('--price <price>', 'new limit price')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('./commands/order.js')).order.amend,
        ([txid], o) => ({ txid, ...o }),
      ),
    )
  order
    .command('cancel')
    .description('cancel orders by txid or cl_ord_id (POST /0/private/CancelOrder)')
    .argument('<txids...>', 'order ids')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('./commands/order.js')).order.cancel,
        ([txids], o) => ({ txids, ...o }),
      ),
    )
  order
    .command('cancel-all')
    .description('cancel every open order (POST /0/private/CancelAll)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('./commands/order.js')).order.cancelAll,
        (_, o) => o,
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
        async () => (await import('./commands/stream.js')).stream,
        ([channel, pairs], o) => ({ channel, pairs, ...o }),
      ),
    )

  program
    .command('status')
    .description('system status and server time')
    .action(
      action(
        async () => (await import('./commands/status.js')).status,
        () => ({}),
      ),
    )

  return program
}

function methodOption(): Option {
  return new Option('-X <method>', 'HTTP method: GET, POST, PUT or DELETE').argParser((value) => {
    const upper = value.toUpperCase()
    if (!['GET', 'POST', 'PUT', 'DELETE'].includes(upper))
      throw new InvalidArgumentError('Use GET, POST, PUT or DELETE.')
    return upper
  })
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('Expected a positive whole number.')
  return number
}

function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('Expected a positive number of seconds.')
  return number
}
