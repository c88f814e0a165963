import { DEMO_ACCOUNT, startSimulator } from '@k/testkit'

/** Where an example connects, and with which credentials (kraken-sim's demo account by default). */
export type ExampleEnv = {
  /** Spot REST base. */
  url: string
  wsUrl: string
  authWsUrl: string
  futuresUrl: string
  futuresWsUrl: string
  key: string
  secret: string
  futuresKey: string
  futuresSecret: string
}

/** Options every example's `main()` takes (tests pass sim URLs and collect the output). */
export type ExampleOptions = {
  /** Connect here instead of starting an embedded kraken-sim. */
  env?: ExampleEnv
  /** Where output lines go. Default `console.log`. */
  log?: (line: string) => void
}

/** An opened example environment: URLs, credentials, `log`, and `close()` (stops the embedded sim, if any). */
export type OpenedExample = ExampleEnv & { log: (line: string) => void; close: () => Promise<void> }

/**
 * Resolves where an example runs, in this order: `options.env` (tests); `KRAKEN_SIM` = the JSON line the
 * `kraken-sim` binary prints (a simulator you started yourself), with `KRAKEN_API_KEY` / `KRAKEN_API_SECRET` /
 * `KRAKEN_FUTURES_API_KEY` / `KRAKEN_FUTURES_API_SECRET` or the demo account; otherwise an embedded kraken-sim with
 * the demo account, closed again by `close()`. Examples never talk to the real Kraken by accident.
 */
export async function _openExample(options: ExampleOptions = {}): Promise<OpenedExample> {
  const log = options.log ?? ((line: string) => console.log(line))
  if (options.env) return { ...options.env, log, close: async () => {} }
  const credentials = {
    key: process.env.KRAKEN_API_KEY ?? DEMO_ACCOUNT.key,
    secret: process.env.KRAKEN_API_SECRET ?? DEMO_ACCOUNT.secret,
    futuresKey: process.env.KRAKEN_FUTURES_API_KEY ?? DEMO_ACCOUNT.futuresKey ?? '',
    futuresSecret: process.env.KRAKEN_FUTURES_API_SECRET ?? DEMO_ACCOUNT.futuresSecret ?? '',
  }
  if (process.env.KRAKEN_SIM) {
    const urls = JSON.parse(process.env.KRAKEN_SIM) as Omit<ExampleEnv, keyof typeof credentials>
    return { ...urls, ...credentials, log, close: async () => {} }
  }
  // Quick ticks so that streaming examples see updates within a second.
  const sim = await startSimulator({ seed: 7, tickMs: 50 })
  const { url, wsUrl, authWsUrl, futuresUrl, futuresWsUrl } = sim
  return { url, wsUrl, authWsUrl, futuresUrl, futuresWsUrl, ...credentials, log, close: () => sim.close() }
}
