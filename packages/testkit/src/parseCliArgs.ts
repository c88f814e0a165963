import { parseArgs } from 'node:util'
import { DEMO_ACCOUNT } from './demoAccount.js'
import type { SimAccountInit, SimTier, SimulatorOptions } from './types.js'

/** The `kraken-sim --help` text. */
export const CLI_USAGE = `Usage: kraken-sim [--port N] [--seed N] [--tier starter|intermediate|pro] [--account key:secret]... [--no-rate-limits] [--tick-ms N]

Starts an offline Kraken on 127.0.0.1 and prints its URLs as JSON. Stops on Ctrl-C (SIGINT) or SIGTERM.
Accounts given with --account start with the demo account's balances; without any, the demo account exists.`

/** What the command line asks for: options to start with, the help text, or a usage error. */
export type CliArgs =
  | { kind: 'start'; options: SimulatorOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string }

/**
 * Parses `kraken-sim` arguments (`--port`, `--seed`, `--tier`, `--account key:secret` (repeatable),
 * `--no-rate-limits`, `--tick-ms`).
 *
 * @example
 * parseCliArgs(['--port', '0', '--seed', '3', '--account', 'key:secret'])
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '0' },
        seed: { type: 'string', default: '1' },
        tier: { type: 'string', default: 'starter' },
        account: { type: 'string', multiple: true },
        'no-rate-limits': { type: 'boolean', default: false },
        'tick-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values
  } catch (error) {
    return { kind: 'error', message: (error as Error).message }
  }
  if (values.help) return { kind: 'help' }
  const tier = values.tier as SimTier
  if (!['starter', 'intermediate', 'pro'].includes(tier))
    return { kind: 'error', message: `unknown tier ${JSON.stringify(values.tier)}` }
  const port = Number(values.port)
  const seed = Number(values.seed)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return { kind: 'error', message: `invalid port ${JSON.stringify(values.port)}` }
  if (!Number.isInteger(seed)) return { kind: 'error', message: `invalid seed ${JSON.stringify(values.seed)}` }
  const accounts: SimAccountInit[] = []
  for (const pair of (values.account as string[] | undefined) ?? []) {
    const separator = pair.indexOf(':')
    if (separator <= 0 || separator === pair.length - 1)
      return { kind: 'error', message: '--account expects key:secret' }
    accounts.push({
      key: pair.slice(0, separator),
      secret: pair.slice(separator + 1),
      balances: { ...DEMO_ACCOUNT.balances },
    })
  }
  const tickMs = values['tick-ms'] === undefined ? undefined : Number(values['tick-ms'])
  if (tickMs !== undefined && (!Number.isFinite(tickMs) || tickMs < 1))
    return { kind: 'error', message: 'invalid --tick-ms' }
  return {
    kind: 'start',
    options: {
      port,
      seed,
      tier,
      rateLimits: !values['no-rate-limits'],
      ...(accounts.length ? { accounts } : {}),
      ...(tickMs === undefined ? {} : { tickMs }),
    },
  }
}
