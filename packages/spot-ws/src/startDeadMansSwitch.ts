import type { KrakenError } from '@k/errors'
import type { CancelAllOrdersAfterResult } from './trading/cancelAllOrdersAfter.js'

/** What {@link startDeadMansSwitch} needs: a client with `cancelAllOrdersAfter`. */
export type DeadMansSwitchClient = {
  cancelAllOrdersAfter(params: { timeout: number }): Promise<CancelAllOrdersAfterResult>
}

export type DeadMansSwitchOptions = {
  /** Seconds Kraken waits before cancelling everything. Default 60 (Kraken's recommendation). */
  timeout?: number
  /** Milliseconds between refreshes. Default 20 000 (Kraken: every 15 to 30 s). */
  interval?: number
  /** Called after each refresh. */
  onRefresh?: (result: CancelAllOrdersAfterResult) => void
  /** Called when a refresh fails (the next one is still attempted). */
  onError?: (error: KrakenError) => void
}

export type DeadMansSwitch = {
  /** Resolves after the first refresh was acknowledged (rejects if it failed). */
  readonly ready: Promise<CancelAllOrdersAfterResult>
  /** Stops refreshing; with `disarm` (default true) also sends `timeout: 0` so Kraken's timer is off. */
  stop(options?: { disarm?: boolean }): Promise<void>
}

/**
 * Keeps Kraken's dead man's switch armed: `cancel_all_orders_after` now and every `interval`, so all orders are
 * cancelled `timeout` seconds after this process (or its network) dies. `stop()` ends it cleanly.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_after
 * - Python: none (python-kraken-sdk documents the raw `cancel_all_orders_after` message)
 *
 * @example
 * const deadMansSwitch = startDeadMansSwitch(client, { timeout: 60, interval: 20_000 })
 * await deadMansSwitch.ready
 * // … trade …
 * await deadMansSwitch.stop()
 */
export function startDeadMansSwitch(client: DeadMansSwitchClient, options: DeadMansSwitchOptions = {}): DeadMansSwitch {
  const timeout = options.timeout ?? 60
  const interval = options.interval ?? 20_000
  let stopped = false
  let inflight: Promise<unknown> = Promise.resolve()
  const refresh = () => {
    const call = client.cancelAllOrdersAfter({ timeout })
    inflight = call.then(
      (result) => options.onRefresh?.(result),
      (error: KrakenError) => options.onError?.(error),
    )
    return call
  }
  const ready = refresh()
  ready.catch(() => {})
  const timer = setInterval(() => {
    if (!stopped) void refresh()
  }, interval)
  ;(timer as { unref?: () => void }).unref?.()
  return {
    ready,
    async stop({ disarm = true } = {}) {
      if (stopped) return
      stopped = true
      clearInterval(timer)
      await inflight
      if (disarm) await client.cancelAllOrdersAfter({ timeout: 0 })
    },
  }
}
