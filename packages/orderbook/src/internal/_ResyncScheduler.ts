import type { KrakenError } from '@k/errors'

/** Longest wait (ms) between the unsubscribe and the resubscribe of a resync. */
const MAX_RESYNC_DELAY = 30_000

/** What the scheduler keeps on each book's state: consecutive failures and the pending backoff timer. */
export type _ResyncState = {
  /** Consecutive resyncs without a good snapshot in between. */
  failures: number
  timer: ReturnType<typeof setTimeout> | undefined
}

/** Options of {@link _ResyncScheduler}. */
export type _ResyncSchedulerOptions<P> = {
  /** Consecutive failed resyncs of one book before giving up. Default 5. */
  readonly maxResyncs?: number | undefined
  /** Delay (ms) between unsubscribe and resubscribe, doubled per consecutive failure (max 30 s). Default 250. */
  readonly resyncDelay?: number | undefined
  readonly subscribe: (params: P) => Promise<unknown>
  readonly unsubscribe: (params: P) => Promise<unknown>
  /** Reports a resubscribe that failed for another reason than a dropped connection. */
  readonly onError: (error: KrakenError) => void
}

/** When a scheduled resync still has work to do. */
export type _ResyncChecks = {
  /** The client is open and still keeps this very book state. */
  readonly stillWanted: () => boolean
  /** The book still waits for a snapshot (none arrived meanwhile, e.g. from a replay after a reconnect). */
  readonly stillNeeded: () => boolean
}

/**
 * The resync machinery SpotOrderBookClient and FuturesOrderBookClient share: counts consecutive failures against
 * `maxResyncs`, then unsubscribes the one book, waits `resyncDelay` doubled per consecutive failure (max 30 s) and
 * resubscribes; a resubscribe lost to a dropped connection after a successful unsubscribe is remembered, because the
 * WS client will not replay that subscription, and handed back by {@link _ResyncScheduler.takeAfterReconnect}.
 */
export class _ResyncScheduler<P> {
  readonly #maxResyncs: number
  readonly #resyncDelay: number
  readonly #subscribe: (params: P) => Promise<unknown>
  readonly #unsubscribe: (params: P) => Promise<unknown>
  readonly #onError: (error: KrakenError) => void
  /** Books whose resync subscribe failed on a dropped connection after their unsubscribe succeeded. */
  readonly #afterReconnect = new Set<string>()

  constructor(options: _ResyncSchedulerOptions<P>) {
    this.#maxResyncs = options.maxResyncs ?? 5
    this.#resyncDelay = options.resyncDelay ?? 250
    this.#subscribe = options.subscribe
    this.#unsubscribe = options.unsubscribe
    this.#onError = options.onError
  }

  /** Counts one more consecutive failure of `state`; false when that is more than `maxResyncs` (give up). */
  countFailure(state: _ResyncState): boolean {
    state.failures++
    return state.failures <= this.#maxResyncs
  }

  /** Unsubscribes `params`, waits the backoff delay of `state.failures`, then resubscribes while `checks` hold. */
  schedule(key: string, state: _ResyncState, params: P, checks: _ResyncChecks): void {
    const delay = Math.min(this.#resyncDelay * 2 ** (state.failures - 1), MAX_RESYNC_DELAY)
    let unsubscribed = false
    void this.#unsubscribe(params)
      .then(
        () => {
          unsubscribed = true
        },
        () => {
          // The connection is down: the WS client still holds the subscription and replays it after reconnecting.
        },
      )
      .then(
        () =>
          new Promise<void>((resolve) => {
            if (!checks.stillWanted()) return resolve()
            state.timer = setTimeout(resolve, delay)
          }),
      )
      .then(async () => {
        state.timer = undefined
        // A snapshot may already have arrived (replay after a reconnect): nothing left to do then.
        if (!checks.stillWanted() || !checks.stillNeeded()) return
        try {
          await this.#subscribe(params)
        } catch (error) {
          if (!checks.stillWanted()) return
          if ((error as KrakenError).category === 'network') {
            // Dropped meanwhile. If our unsubscribe went through, the WS client will not replay it: do it here.
            if (unsubscribed) this.#afterReconnect.add(key)
            return
          }
          this.#onError(error as KrakenError)
        }
      })
  }

  /** The remembered books that still `need` a resubscribe after a reconnect; forgets all of them. */
  takeAfterReconnect(need: (key: string) => boolean): string[] {
    const keys = [...this.#afterReconnect].filter(need)
    this.#afterReconnect.clear()
    return keys
  }
}
