import type { ProgramDeps } from '../createProgram.js'
import type { CliUrls, CommandContext, Credentials, OutputFormat } from '../types.js'
import { _readSecretFromStdin } from './_readSecretFromStdin.js'
import { _resolveCredentials } from './_resolveCredentials.js'
import { _resolveUrls } from './_resolveUrls.js'

/** The root program's options, as commander parses them. */
export type GlobalOptions = {
  output?: OutputFormat
  json?: boolean
  verbose?: boolean
  sim?: boolean
  apiKey?: string
  secretKey?: string
  secretStdin?: boolean
  timeout: number
}

/**
 * Turns the global options into a CommandContext: output format, URLs, credentials (kept in a closure), and with
 * `--sim` an embedded kraken-sim that `close()` stops.
 */
export async function _buildContext(
  options: GlobalOptions,
  deps: ProgramDeps,
): Promise<{ context: CommandContext; close(): Promise<void> }> {
  const { io, write, state } = deps
  const output: OutputFormat = options.json ? 'json' : (options.output ?? state.format)
  state.format = output
  const verbose = Boolean(options.verbose) || /^(1|true|yes)$/i.test(io.env.KRAKEN_VERBOSE ?? '')
  state.verbose = verbose
  const log = (message: string) => {
    if (verbose) write.err(`[kraken] ${message}\n`)
  }

  let flagSecret = options.secretKey
  if (flagSecret !== undefined) {
    write.err(
      'Warning: --secret-key leaves the secret in shell history and the process list; prefer KRAKEN_SPOT_SECRET_KEY or --secret-stdin.\n',
    )
  }
  if (options.secretStdin) {
    flagSecret = await _readSecretFromStdin(io.stdin)
    deps.redactor.add(flagSecret)
  }

  let sim:
    | { urls: CliUrls; credentials: { spot: Credentials; futures: Credentials }; close(): Promise<void> }
    | undefined
  if (options.sim) {
    const { startSimulator, DEMO_ACCOUNT } = await import('@k/testkit')
    const simulator = await startSimulator({})
    log(`kraken-sim running on ${simulator.url} (demo account)`)
    sim = {
      urls: {
        spot: simulator.url,
        futures: simulator.futuresUrl,
        ws: simulator.wsUrl,
        authWs: simulator.authWsUrl,
        futuresWs: simulator.futuresWsUrl,
      },
      credentials: {
        spot: { key: DEMO_ACCOUNT.key, secret: DEMO_ACCOUNT.secret },
        futures: { key: DEMO_ACCOUNT.futuresKey ?? '', secret: DEMO_ACCOUNT.futuresSecret ?? '' },
      },
      close: () => simulator.close(),
    }
  }
  // With --sim the environment's URLs and credentials (meant for Kraken) are ignored; flags still win.
  const env = sim ? {} : io.env
  const credentials = _resolveCredentials({ flagKey: options.apiKey, flagSecret, env, sim: sim?.credentials })
  const context: CommandContext = {
    io,
    output,
    verbose,
    timeoutMs: options.timeout * 1000,
    urls: _resolveUrls(env, sim?.urls),
    signal: deps.signal,
    credentials,
    log,
  }
  return { context, close: async () => sim?.close() }
}
