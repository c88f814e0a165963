import type { SimAccountInit, SimTier, SimulatorOptions } from '../types.js'
import type { SimFaults } from './SimFaults.js'
import { SimRequestLog } from './SimRequestLog.js'

/**
 * Everything one simulator instance knows. Domain modules (spot market and engine, futures engine, WS servers) keep
 * their own state objects and register them here under `domains`, so one module never reaches into another's fields.
 */
export class SimState {
  readonly seed: number
  readonly tier: SimTier
  readonly rateLimits: boolean
  readonly tickMs: number
  faults: SimFaults
  readonly requestLog = new SimRequestLog()
  /** Accounts by spot API key. */
  readonly accounts = new Map<string, SimAccountInit>()
  /** Spot API key by futures API key. */
  readonly futuresKeys = new Map<string, string>()
  /** Domain state objects, created by each domain's factory (see startSimulator). */
  readonly domains = new Map<string, unknown>()
  /** Callbacks run on close (timers, sockets). */
  readonly closers: Array<() => void | Promise<void>> = []

  constructor(options: SimulatorOptions) {
    this.seed = options.seed ?? 1
    this.tier = options.tier ?? 'starter'
    this.rateLimits = options.rateLimits ?? true
    this.tickMs = options.tickMs ?? 100
    this.faults = { ...options.faults }
  }

  addAccount(account: SimAccountInit): void {
    this.accounts.set(account.key, account)
    if (account.futuresKey) this.futuresKeys.set(account.futuresKey, account.key)
  }

  /** A summary without credentials: `util.inspect` and `JSON.stringify` never show account secrets. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SimState { seed: ${this.seed}, tier: '${this.tier}', rateLimits: ${this.rateLimits}, accounts: ${this.accounts.size}, domains: [${[...this.domains.keys()].join(', ')}] }`
  }

  toJSON(): Record<string, unknown> {
    return {
      seed: this.seed,
      tier: this.tier,
      rateLimits: this.rateLimits,
      tickMs: this.tickMs,
      faults: this.faults,
      accounts: [...this.accounts.keys()],
    }
  }

  /** Typed access to a domain's state, created on first use. */
  domain<T>(name: string, create: () => T): T {
    let value = this.domains.get(name) as T | undefined
    if (value === undefined) {
      value = create()
      this.domains.set(name, value)
    }
    return value
  }
}
