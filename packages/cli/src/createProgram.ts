import { type Command as CommanderCommand, Option, program as rootProgram } from 'commander'
import { _commandAction } from './internal/_commandAction.js'
import { _helpText } from './internal/_helpText.js'
import { positiveNumber } from './internal/_optionParsers.js'
import type { Redactor } from './internal/_redact.js'
import { _registerAccountCommands } from './internal/_registerAccountCommands.js'
import { _registerMarketCommands } from './internal/_registerMarketCommands.js'
import { _registerRawCommands } from './internal/_registerRawCommands.js'
import type { CliIo, OutputFormat } from './types.js'
import { VERSION } from './version.js'

/** Mutable run state shared by `runCli` and the actions. */
export type ProgramState = { format: OutputFormat; exitCode: number; verbose?: boolean }

/** What `createProgram` needs from `runCli`: streams, redacting writers, run state and the Ctrl-C signal. */
export type ProgramDeps = {
  io: CliIo
  write: { out(text: string): void; err(text: string): void }
  redactor: Redactor
  state: ProgramState
  signal: AbortSignal
}

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

  const action = _commandAction(deps)
  _registerRawCommands(program, action)
  _registerMarketCommands(program, action)
  _registerAccountCommands(program, action)
  return program
}
