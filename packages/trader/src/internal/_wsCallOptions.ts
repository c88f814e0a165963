import type { TraderCallOptions } from '../types.js'

/** The per-call options a WS request takes from the trader's call options (only `timeout`). */
export function _wsCallOptions(options: TraderCallOptions): { timeout?: number } {
  return options.timeout === undefined ? {} : { timeout: options.timeout }
}
