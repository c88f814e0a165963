/** Where the CLI reads and writes. `bin.ts` passes the process streams; tests may pass their own. */
export type CliIo = {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number }
  readonly stderr: NodeJS.WritableStream
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }
  readonly env: Readonly<Record<string, string | undefined>>
}

/** `json`: one line per result (NDJSON for streams); `table`: aligned text for people. */
export type OutputFormat = 'json' | 'table'

/** Base URLs every command uses; `--sim` and the `KRAKEN_*_URL` variables override them. */
export type CliUrls = {
  spot: string
  futures: string
  ws: string
  authWs: string
  futuresWs: string
}

/** An API key and its base64 secret. Built with non-enumerable fields, so printing the object shows `{}`. */
export type Credentials = { readonly key: string; readonly secret: string }

/** What every command receives besides its own arguments. Holds no credential in a visible property. */
export type CommandContext = {
  readonly io: CliIo
  readonly output: OutputFormat
  readonly verbose: boolean
  /** Request timeout in milliseconds (`--timeout` is in seconds, like python-kraken-sdk). */
  readonly timeoutMs: number
  readonly urls: CliUrls
  /** Aborted on Ctrl-C / SIGTERM, so streams and live views end cleanly. */
  readonly signal: AbortSignal
  /** Spot or Futures credentials (flag > env > `--sim` demo account), or undefined. */
  credentials(kind: 'spot' | 'futures'): Credentials | undefined
  /** Writes a diagnostic line to stderr when `-v` is set. */
  log(message: string): void
}

/** A table column: the `rows` key it shows, its header, and its alignment (decimals align right by default). */
export type Column = { readonly key: string; readonly title: string; readonly align?: 'left' | 'right' }

/** A command's result: `data` is printed with `-o json`, `columns`/`rows` (and `text`) in table mode. */
export type CommandOutput = {
  readonly data: unknown
  readonly columns?: readonly Column[]
  readonly rows?: ReadonlyArray<Readonly<Record<string, unknown>>>
  /** Extra text shown after the table (a chart, a note); never in JSON mode. */
  readonly text?: string
}

/** A command returns its output, or `undefined` when it printed by itself (streams, live views). */
export type Command<Args> = (args: Args, context: CommandContext) => Promise<CommandOutput | undefined>
