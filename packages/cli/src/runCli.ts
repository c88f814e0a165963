import { CommanderError } from 'commander'
import { createProgram, type ProgramState } from './createProgram.js'
import { EXIT_CODES } from './exitCodes.js'
import { _createRedactor } from './internal/_redact.js'
import { UsageError } from './output/UsageError.js'
import type { CliIo, OutputFormat } from './types.js'

/**
 * Runs `kraken` with `argv` (without `node` and the script) and resolves with the exit code. Every byte written goes
 * through a redactor that masks the credentials it was given, so no secret is ever printed. Aborting `options.signal`
 * stops streams and live views; when it is aborted with an error whose `code` is `'EPIPE'` (stdout's reader went
 * away, as `bin.ts` does) the run ends quietly with exit code 0.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), process)
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: { signal?: AbortSignal } = {},
): Promise<number> {
  const redactor = _createRedactor(argv, io.env)
  const write = {
    out: (text: string) => void io.stdout.write(redactor.redact(text)),
    err: (text: string) => void io.stderr.write(redactor.redact(text)),
  }
  // Known before parsing, so even a usage error is reported as JSON when `-o json`/`--json` was asked for.
  const state: ProgramState = {
    format: formatFromArgv(argv) ?? (io.stdout.isTTY ? 'table' : 'json'),
    exitCode: EXIT_CODES.ok,
  }
  const program = createProgram({ io, write, redactor, state, signal: options.signal ?? new AbortController().signal })
  if (argv.length === 0) {
    program.outputHelp()
    return EXIT_CODES.ok
  }
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return brokenPipe(options.signal) ? EXIT_CODES.ok : state.exitCode
  } catch (error) {
    // The reader of stdout left (`| head`): whatever failed after that, stop quietly (see bin.ts).
    if (brokenPipe(options.signal)) return EXIT_CODES.ok
    // Loaded only on failure: the error table of @k/errors is not needed to print a result.
    const { toErrorEnvelope } = await import('./output/toErrorEnvelope.js')
    const { renderError } = await import('./output/renderError.js')
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT_CODES.ok
      // commander has printed "error: …" on stderr already.
      if (state.format === 'json') {
        write.out(`${JSON.stringify(toErrorEnvelope(new UsageError(error.message.replace(/^error: /, ''))))}\n`)
      } else write.err('Run `kraken --help` for usage.\n')
      return EXIT_CODES.usage
    }
    // Ctrl-C in the middle of a request: the shell convention (128 + SIGINT). Streams and the live book end with 0.
    if (options.signal?.aborted) {
      write.err('Interrupted.\n')
      return EXIT_CODES.interrupted
    }
    const envelope = toErrorEnvelope(error)
    const text = renderError(envelope, state.format)
    if (text.stdout) write.out(text.stdout)
    if (text.stderr) write.err(text.stderr)
    if (state.verbose && error instanceof Error && error.stack && envelope.error === 'client')
      write.err(`${error.stack}\n`)
    return envelope.exitCode
  }
}

/** True when the run was stopped because stdout's reader went away: `bin.ts` aborts with the EPIPE error. */
function brokenPipe(signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted) && (signal?.reason as { code?: unknown } | undefined)?.code === 'EPIPE'
}

/** `--json`, `-o json`, `-o table`, `--output=table`… as written on the command line (last one wins). */
function formatFromArgv(argv: readonly string[]): OutputFormat | undefined {
  let format: OutputFormat | undefined
  argv.forEach((argument, index) => {
    if (argument === '--json') format = 'json'
    const value =
      argument === '-o' || argument === '--output' ? argv[index + 1] : /^(?:-o|--output=)(.+)$/.exec(argument)?.[1]
    if (value === 'json' || value === 'table') format = value
  })
  return format
}
