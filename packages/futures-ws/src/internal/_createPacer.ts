/** A send queue that never lets more than `perSecond` actions run inside any sliding one-second window. */
export type Pacer = {
  /** Runs `action` now or as soon as the window allows (FIFO). */
  schedule(action: () => void): void
  /** Drops everything still queued (e.g. when the socket closed; subscriptions are replayed instead). */
  clear(): void
  /** Actions waiting. */
  readonly pending: number
}

/**
 * Kraken Futures WS allows 100 requests per second per connection (docs: futures-rate-limits#websocket-limits);
 * bursts of 100+ are answered with `rate_limited`. The client paces every frame it sends below that.
 */
export function _createPacer(perSecond: number, now: () => number = Date.now): Pacer {
  const sent: number[] = []
  const queue: Array<() => void> = []
  let timer: ReturnType<typeof setTimeout> | undefined

  const drain = () => {
    timer = undefined
    while (queue.length > 0) {
      const time = now()
      while (sent.length > 0 && time - sent[0]! >= 1000) sent.shift()
      if (sent.length >= perSecond) {
        timer = setTimeout(drain, Math.max(1, 1000 - (time - sent[0]!)))
        return
      }
      sent.push(time)
      queue.shift()!()
    }
  }

  return {
    schedule(action) {
      queue.push(action)
      if (timer === undefined) drain()
    },
    clear() {
      queue.length = 0
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
    get pending() {
      return queue.length
    },
  }
}
