import { type Command as CommanderCommand, InvalidArgumentError, Option, program as rootProgram } from 'commander'
import { _buildContext, type GlobalOptions } from './internal/_buildContext.js'
import { _helpText } from './internal/_helpText.js'
import type { Redactor } from './internal/_redact.js'
import { renderOutput } from './output/renderOutput.js'
import type { CliIo, Command, OutputFormat } from './types.js'

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
    .version(__K_VERSION__.replace(/^.*@/, ''), '--version', 'print the version')
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

function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('Expected a positive number of seconds.')
  return number
}
